package org.g5sahel.pcms.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.cases.service.StatisticsService;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;

@Path("/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
@Tag(name = "Statistics")
public class StatisticsResource {

    private final StatisticsService statistics;
    private final CurrentCaller caller;

    public StatisticsResource(StatisticsService statistics, CurrentCaller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Cases by State, threat and month",
            description = "national: the caller's State in full; regional: only cases shared with the whole G5.")
    public StatisticsService.Statistics get() {
        return statistics.of(caller.get());
    }
}
