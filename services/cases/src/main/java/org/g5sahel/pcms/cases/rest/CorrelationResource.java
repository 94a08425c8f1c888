package org.g5sahel.pcms.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.cases.service.CorrelationService;
import org.g5sahel.pcms.cases.service.PossibleMatches;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.ProblemMessages;

/**
 * Cross-border hits on strong identifiers and possible matches by name and date of birth. Access to the other side's case is asked through the access requests every service offers
 * ({@code /v1/access-requests}, quoting {@code otherCaseId}).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR})
@Tag(name = "Hit / no-hit and access requests")
public class CorrelationResource {

    private final CorrelationService correlations;
    private final PossibleMatches possibleMatches;
    private final CurrentCaller caller;

    public CorrelationResource(CorrelationService correlations, PossibleMatches possibleMatches, CurrentCaller caller) {
        this.correlations = correlations;
        this.possibleMatches = possibleMatches;
        this.caller = caller;
    }

    @GET
    @Path("/correlations")
    @Operation(
            summary = "Cross-border hits on the caller's agency's cases (its State's, for a national coordinator)",
            description = "Newest first. kind STRONG_IDENTIFIER: the cases share a document, phone, plate, account or"
                    + " firearm (identifierKinds), one per pair of cases. kind POSSIBLE_MATCH: a person of each case"
                    + " with alike names (the matching module: spellings, Arabic script, particles, word order) and"
                    + " the same date of birth (identifierKinds [NAME_AND_BIRTH_DATE]), one per pair of subjects, to"
                    + " be checked by the owners. Of the other side only its case and owner; explanation (word by"
                    + " word, in the Accept-Language language: French, English or Arabic) only to a reader who may"
                    + " see both subjects, otherwise null.")
    public List<Views.CorrelationView> correlations(@Context HttpHeaders headers) {
        Locale locale = ProblemMessages.negotiate(headers.getAcceptableLanguages());
        return Stream.concat(
                        correlations.involving(caller.get()).stream().map(Views.CorrelationView::of),
                        possibleMatches.involving(caller.get(), locale).stream().map(Views.CorrelationView::of))
                .sorted(Comparator.comparing(Views.CorrelationView::detectedAt)
                        .reversed()
                        .thenComparing(view -> view.id().toString()))
                .toList();
    }
}
