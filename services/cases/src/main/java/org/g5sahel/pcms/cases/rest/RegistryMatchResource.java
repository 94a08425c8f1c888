package org.g5sahel.pcms.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.cases.service.RegistryMatchService;
import org.g5sahel.pcms.commons.directory.DirectoryClient;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.problem.ProblemMessages;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;

/** Cross-registry hit / no-hit: matches between the caller's records, in any service, and another State's. */
@Path("/v1/registry-matches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.INVESTIGATOR,
    Roles.ANALYST,
    Roles.BORDER_OFFICER,
    Roles.FIREARMS_OFFICER,
    Roles.FIU_ANALYST,
    Roles.NATIONAL_COORDINATOR,
    Roles.REGIONAL_COORDINATOR
})
@Tag(name = "Hit / no-hit and access requests")
public class RegistryMatchResource {

    private final RegistryMatchService matches;
    private final DirectoryClient directory;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    public RegistryMatchResource(
            RegistryMatchService matches, DirectoryClient directory, CurrentCaller caller, JsonWebToken token) {
        this.matches = matches;
        this.directory = directory;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(
            summary =
                    "Cross-registry matches on the caller's agency's records (its State's, for a national coordinator)",
            description = "Newest first; keyset cursor. A case's subject, a watch-list entry, a firearm record, a"
                    + " financial intelligence report's subject or account sharing a strong identifier with another"
                    + " State's discoverable record: the caller's own items, and of the other record its kind,"
                    + " reference, owner, 24/7 desk and where to ask for access — nothing else.")
    public Page<RegistryMatchView> list(
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit, @Context HttpHeaders headers) {
        int size = Cursors.limit(limit);
        Locale locale = ProblemMessages.negotiate(headers.getAcceptableLanguages());
        List<RegistryMatchService.Side> fetched =
                matches.involving(caller.get(), Keyset.parse(cursor), size + 1, locale);
        // The desks are read outside the transaction, once per agency, with the caller's own token.
        Map<String, Optional<RegistryMatchView.Desk>> desks = new HashMap<>();
        return Page.of(fetched, size, side -> Keyset.key(side.match().detectedAt, side.match().id))
                .mapItems(side -> RegistryMatchView.of(
                        side,
                        desks.computeIfAbsent(
                                        side.other().ownerAgency,
                                        agency -> directory
                                                .desk(agency, token.getRawToken())
                                                .map(RegistryMatchView.Desk::of))
                                .orElse(null)));
    }
}
