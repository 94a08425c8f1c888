package org.g5sahel.pcms.training.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.training.service.RecordService;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Records and statistics")
public class RecordResource {

    private final RecordService records;
    private final CurrentCaller caller;

    public RecordResource(RecordService records, CurrentCaller caller) {
        this.records = records;
        this.caller = caller;
    }

    @GET
    @Path("/officers/{contactId}/training-record")
    @Operation(
            summary = "An officer's training record",
            description =
                    "Nominations, certificates and placements of the officer (directory contact id) that the caller may see.")
    public OfficerRecordView officer(@PathParam("contactId") UUID contactId) {
        RecordService.OfficerRecord record = records.officer(caller.get(), contactId);
        return new OfficerRecordView(
                record.contactId(),
                record.nominations().stream().map(NominationView::of).toList(),
                record.certificates().stream().map(CertificateView::of).toList(),
                record.placements().stream().map(PlacementView::of).toList());
    }

    @GET
    @Path("/statistics")
    @Operation(
            summary = "Trained officers by State, agency and topic",
            description = "Distinct officers with a completed session, counted over what the caller may see.")
    public RecordService.Statistics statistics() {
        return records.statistics(caller.get());
    }

    public record OfficerRecordView(
            UUID contactId,
            List<NominationView> nominations,
            List<CertificateView> certificates,
            List<PlacementView> placements) {}
}
