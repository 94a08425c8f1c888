package org.g5sahel.pcms.alerts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.alerts.screening.ScreeningRequests.CargoScreening;
import org.g5sahel.pcms.alerts.screening.ScreeningRequests.TravellerScreening;
import org.g5sahel.pcms.alerts.service.ScreeningResult;
import org.g5sahel.pcms.alerts.service.ScreeningService;
import org.g5sahel.pcms.commons.directory.DirectoryClient;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.ProblemMessages;

/**
 * Screening of flight and cargo manifests. Not idempotent by design: each run is an act of its own, recorded and
 * audited. The directory is asked for the 24/7 desk of hidden hits after the screening transaction has committed.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BORDER_OFFICER, Roles.INVESTIGATOR, Roles.ANALYST, Roles.NATIONAL_COORDINATOR})
@Tag(name = "Screening")
public class ScreeningResource {

    private final ScreeningService screening;
    private final DirectoryClient directory;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    public ScreeningResource(
            ScreeningService screening, DirectoryClient directory, CurrentCaller caller, JsonWebToken token) {
        this.screening = screening;
        this.directory = directory;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @Path("/screenings")
    @Operation(
            summary = "Screen up to 500 travellers against the watch lists",
            description =
                    "Names (transliteration-aware, any order, Latin or Arabic script), date of birth, documents; hits with score and per-feature explanation, the name's in the officer's language (Accept-Language: French by default, English, Arabic); hidden hits answer only which agency to contact.")
    public ScreeningResult travellers(
            @Valid @NotNull TravellerScreening request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return withContacts(
                screening.screenTravellers(caller.get(), request, ProblemMessages.negotiate(acceptLanguage)));
    }

    @POST
    @Path("/cargo-screenings")
    @Operation(
            summary = "Screen a cargo manifest: containers, vessel, shipper, consignee",
            description = "Container and IMO check digits verified.")
    public ScreeningResult cargo(
            @Valid @NotNull CargoScreening request, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return withContacts(screening.screenCargo(caller.get(), request, ProblemMessages.negotiate(acceptLanguage)));
    }

    private ScreeningResult withContacts(ScreeningResult result) {
        Map<String, Optional<DirectoryClient.Agency>> desks = new HashMap<>();
        return new ScreeningResult(
                result.screeningId(),
                result.screened(),
                result.hits().stream()
                        .map(hit -> {
                            if (hit.visible()
                                    && hit.ownerAgency().equals(caller.get().agency())) {
                                return hit;
                            }
                            ScreeningResult.Contact contact = desks.computeIfAbsent(
                                            hit.ownerAgency(), code -> directory.desk(code, token.getRawToken()))
                                    .map(desk -> new ScreeningResult.Contact(
                                            desk.code(),
                                            desk.nameFr(),
                                            desk.deskPhone(),
                                            desk.deskEmail(),
                                            desk.deskHours()))
                                    .orElse(new ScreeningResult.Contact(hit.ownerAgency(), null, null, null, null));
                            return new ScreeningResult.Hit(
                                    hit.itemRef(),
                                    hit.itemIndex(),
                                    hit.score(),
                                    hit.explanation(),
                                    hit.visible(),
                                    hit.entryId(),
                                    hit.entryReference(),
                                    hit.kind(),
                                    hit.label(),
                                    hit.actionRequested(),
                                    hit.reason(),
                                    hit.validUntil(),
                                    hit.ownerState(),
                                    hit.ownerAgency(),
                                    contact);
                        })
                        .toList());
    }
}
