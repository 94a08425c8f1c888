package org.g5sahel.pcms.firearms.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.firearms.service.FirearmService;
import org.g5sahel.pcms.firearms.service.StatisticsService;

@Path("/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class StatisticsResource {

    private final StatisticsService statistics;
    private final CurrentCaller caller;
    private final Clock clock;

    public StatisticsResource(StatisticsService statistics, CurrentCaller caller, Clock clock) {
        this.statistics = statistics;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({
        Roles.FIREARMS_OFFICER,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(
            summary = "Records and seizures by State, type, status and month",
            description =
                    "Counts only what the caller may see. from/to (ISO dates) bound registration and seizure dates.")
    public StatisticsService.Overview overview(
            @QueryParam("make") String make, @QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.overview(caller.get(), FirearmService.makeFamily(make), date(from, "from"), date(to, "to"));
    }

    @GET
    @Path("/annual-summary")
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.ANALYST, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "A State's year by ATT small arms and light weapons category",
            description =
                    "Registrations, seizures, losses, thefts, recoveries, deactivations and destructions that happened in the year, of the State's records the caller may see. state defaults to the caller's.")
    public StatisticsService.AnnualSummary annualSummary(
            @QueryParam("year") Integer year, @QueryParam("state") String state) {
        if (year == null || year < 1900 || year > Year.now(clock).getValue()) {
            throw Params.invalid("year", "statistics.year");
        }
        String of = state == null || state.isBlank() ? caller.get().state() : Params.state(state, "state");
        if (!Jurisdictions.isMemberState(of)) {
            throw Params.invalid("state", "parameter.unknown-state");
        }
        return statistics.annualSummary(caller.get(), year, of);
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Params.invalid(field, "parameter.not-a-date");
        }
    }
}
