package org.g5sahel.pcms.aml.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.aml.service.GraphService;
import org.g5sahel.pcms.aml.service.GraphView;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;

@Path("/v1/graph")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Link graph")
public class GraphResource {

    private final GraphService graphs;
    private final CurrentCaller caller;

    public GraphResource(GraphService graphs, CurrentCaller caller) {
        this.graphs = graphs;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.FIU_ANALYST, Roles.INVESTIGATOR, Roles.ANALYST})
    @Operation(
            summary = "Subjects, accounts and transactions linked to a report, a subject or an account number",
            description =
                    "Exactly one of reportId, subjectId, accountNumber; depth 1 to 3 hops (default 2). Only reports the caller may see are walked; reads outside the owner are audited.")
    public GraphView graph(
            @QueryParam("reportId") UUID reportId,
            @QueryParam("subjectId") UUID subjectId,
            @QueryParam("accountNumber") String accountNumber,
            @QueryParam("depth") Integer depth) {
        return graphs.graph(caller.get(), reportId, subjectId, accountNumber, depth);
    }
}
