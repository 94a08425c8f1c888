package org.g5sahel.pcms.aml.rest;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.aml.config.AmlConfig;
import org.g5sahel.pcms.aml.screening.Candidate;
import org.g5sahel.pcms.aml.screening.ScreeningQuery;
import org.g5sahel.pcms.aml.service.ScreeningService;
import org.g5sahel.pcms.commons.directory.DirectoryClient;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemMessages;
import org.g5sahel.pcms.commons.problem.ProblemType;

@Path("/v1/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screening")
public class ScreeningResource {

    private final ScreeningService screening;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final AmlConfig config;
    private final JsonWebToken token;
    private final DirectoryClient directory;

    public ScreeningResource(
            ScreeningService screening,
            Idempotency idempotency,
            CurrentCaller caller,
            AmlConfig config,
            JsonWebToken token,
            DirectoryClient directory) {
        this.screening = screening;
        this.idempotency = idempotency;
        this.caller = caller;
        this.config = config;
        this.token = token;
        this.directory = directory;
    }

    /** The candidates of one screened name, and the lists it hits that the caller cannot read. */
    public record Result(
            ScreeningQuery query, List<Candidate> candidates, List<ScreeningService.HiddenHit> hiddenHits) {}

    /** {@code threshold}: the name score needed with no date of birth, the request's or the configured one. */
    public record ScreeningView(double threshold, List<Result> results) {}

    @POST
    @RolesAllowed({Roles.FIU_ANALYST, Roles.INVESTIGATOR, Roles.ANALYST, Roles.BORDER_OFFICER})
    @Operation(
            summary = "Screen a name or a batch of names against the sanctions lists",
            description =
                    "Candidates the matching engine decides are possible matches: a document number in common, or a name score reaching the threshold for the date-of-birth agreement (same date, same year, none, another date; pcms.aml.screening.*); a one-word name needs a date of birth, nationality or document. Each candidate has its name score, a per-feature explanation (name similarity, transliteration and phonetic match, particles, name order, alias quality, date of birth, nationality, document) and the engine's sentences in the caller's language (Accept-Language: French by default, English, Arabic). The purpose is required and audited.")
    @APIResponse(
            responseCode = "200",
            description = "Per name, its candidates and hidden hits",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScreeningView.class)))
    public Response screen(
            @Valid @NotNull ScreeningRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        List<ScreeningQuery> queries = queries(request);
        double threshold = request.threshold() == null ? config.screening().nameAlone() : request.threshold();
        Locale locale = ProblemMessages.negotiate(acceptLanguage);
        return idempotency.execute(caller.get(), idempotencyKey, request, () -> {
            List<Result> results =
                    screening.screen(caller.get(), queries, threshold, request.purpose(), locale).stream()
                            .map(outcome ->
                                    new Result(outcome.query(), outcome.candidates(), withDesks(outcome.hiddenHits())))
                            .toList();
            return Response.ok(new ScreeningView(threshold, results)).build();
        });
    }

    /** Each hidden hit names its FIU's desk, asked of the directory with the caller's own token. */
    private List<ScreeningService.HiddenHit> withDesks(List<ScreeningService.HiddenHit> hits) {
        return hits.stream()
                .map(hit -> hit.withContact(directory
                        .desk(hit.ownerAgency(), token.getRawToken())
                        .map(desk -> new ScreeningService.Contact(
                                desk.code(), desk.nameFr(), desk.deskPhone(), desk.deskEmail(), desk.deskHours()))
                        .orElse(new ScreeningService.Contact(hit.ownerAgency(), null, null, null, null))))
                .toList();
    }

    private List<ScreeningQuery> queries(ScreeningRequest request) {
        boolean single = request.name() != null && !request.name().isBlank();
        boolean batch = request.batch() != null && !request.batch().isEmpty();
        if (single == batch) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("name", "screening.name-or-batch")),
                    "validation-failed.detail",
                    1);
        }
        if (single) {
            return List.of(new ScreeningQuery(
                    request.name().strip(), request.birthDate(), request.nationality(), request.document()));
        }
        return request.batch().stream()
                .map(subject -> new ScreeningQuery(
                        subject.name().strip(), subject.birthDate(), subject.nationality(), subject.document()))
                .toList();
    }
}
