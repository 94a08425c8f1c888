package org.g5sahel.pcms.directory.rest;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.directory.model.Jurisdiction;

@Path("/v1/jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reference data")
public class JurisdictionResource {

    public record JurisdictionView(String code, String kind, String nameFr, String nameEn) {}

    @GET
    @Transactional
    @Operation(summary = "The five States, the regional unit and the partners")
    public List<JurisdictionView> list() {
        return Panache.getEntityManager()
                .createQuery("from Jurisdiction order by kind, code", Jurisdiction.class)
                .getResultStream()
                .map(j -> new JurisdictionView(j.code, j.kind, j.nameFr, j.nameEn))
                .toList();
    }
}
