package org.g5sahel.pcms.aml.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.aml.imports.ForeignList;
import org.g5sahel.pcms.aml.imports.ImportException;
import org.g5sahel.pcms.aml.imports.NationalListParser;
import org.g5sahel.pcms.aml.imports.ParsedList;
import org.g5sahel.pcms.aml.imports.UnListParser;
import org.g5sahel.pcms.aml.model.EntryStatus;
import org.g5sahel.pcms.aml.service.DiffView;
import org.g5sahel.pcms.aml.service.ListTarget;
import org.g5sahel.pcms.aml.service.SanctionsQueries;
import org.g5sahel.pcms.aml.service.SanctionsService;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemMessages;
import org.g5sahel.pcms.commons.problem.ProblemResponses;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.QueryParams;
import org.g5sahel.pcms.commons.sovereignty.Distribution;

@Path("/v1/sanctions-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sanctions lists")
@RolesAllowed({
    Roles.FIU_ANALYST,
    Roles.INVESTIGATOR,
    Roles.ANALYST,
    Roles.BORDER_OFFICER,
    Roles.NATIONAL_COORDINATOR,
    Roles.REGIONAL_COORDINATOR,
    Roles.PARTNER_SYSTEM,
    Roles.AUDITOR
})
public class SanctionsListResource {

    private static final List<String> XML = List.of(MediaType.APPLICATION_XML, MediaType.TEXT_XML);
    private static final String CSV = "text/csv";
    private static final List<String> NATIONAL_FORMATS = List.of(MediaType.APPLICATION_JSON, CSV);

    private final SanctionsService sanctions;
    private final SanctionsQueries queries;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final ObjectMapper mapper;

    public SanctionsListResource(
            SanctionsService sanctions,
            SanctionsQueries queries,
            Idempotency idempotency,
            CurrentCaller caller,
            ObjectMapper mapper) {
        this.sanctions = sanctions;
        this.queries = queries;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Sanctions lists visible to the caller, with their counts of active and delisted entries")
    public List<SanctionsView.ListView> lists() {
        return queries.lists(caller.get()).stream()
                .map(summary -> SanctionsView.ListView.of(summary.list(), summary.active(), summary.delisted()))
                .toList();
    }

    @GET
    @Path("/{code}/entries")
    @Operation(
            summary = "Entries of a list",
            description = "By reference number; filter by status and name; keyset cursor.")
    public Page<SanctionsView.EntryView> entries(
            @PathParam("code") String code,
            @QueryParam("status") String status,
            @QueryParam("q") String name,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        return Page.of(
                        queries.entries(
                                caller.get(),
                                code.toUpperCase(Locale.ROOT),
                                QueryParams.enumValue(EntryStatus.class, "status", status),
                                name,
                                Cursors.decode(cursor),
                                size + 1),
                        size,
                        entry -> entry.referenceNumber)
                .mapItems(SanctionsView.EntryView::of);
    }

    @GET
    @Path("/{code}/entries/{reference}")
    @Operation(summary = "One entry with its history (added, updated with the previous content, delisted, relisted)")
    public Response entry(@PathParam("code") String code, @PathParam("reference") String reference) {
        SanctionsQueries.EntryWithHistory found = queries.entry(caller.get(), code.toUpperCase(Locale.ROOT), reference);
        return Response.ok(java.util.Map.of(
                        "entry",
                        SanctionsView.EntryView.of(found.entry()),
                        "history",
                        found.history().stream()
                                .map(SanctionsView.ChangeView::of)
                                .toList()))
                .build();
    }

    @GET
    @Path("/{code}/imports")
    @Operation(summary = "Imports of a list, newest first")
    public List<SanctionsView.ImportView> imports(@PathParam("code") String code) {
        return queries.imports(caller.get(), code.toUpperCase(Locale.ROOT)).stream()
                .map(SanctionsView.ImportView::of)
                .toList();
    }

    @POST
    @Path("/un/imports")
    @RolesAllowed({Roles.FIU_ANALYST, Roles.REGIONAL_COORDINATOR})
    @Operation(
            summary = "Import the UN Security Council consolidated list (official XML)",
            description = "As POST /{code}/imports with the code UN.")
    public Response importUn(
            byte[] body,
            @QueryParam("dryRun") boolean dryRun,
            @QueryParam("force") boolean force,
            @QueryParam("confirm") String confirm,
            @QueryParam("distribution") Distribution distribution,
            @HeaderParam(SanctionsService.FORCE_REASON_HEADER) String reason,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return importList(
                ListTarget.UN_CODE,
                null,
                body,
                dryRun,
                force,
                confirm,
                null,
                reason,
                contentType,
                idempotencyKey,
                headers,
                uri);
    }

    @POST
    @Path("/{code}/imports")
    @RolesAllowed({Roles.FIU_ANALYST, Roles.REGIONAL_COORDINATOR})
    @Operation(summary = "Import a sanctions list in its published format", description = """
            UN: the UN consolidated list (application/xml). US-OFAC-SDN, US-OFAC-NONSDN (OFAC sdnList XML), EU-FSF \
            (EU financial sanctions XML), UK-SANCTIONS (FCDO UK Sanctions List XML), CA-SEMA (Canada SEMA XML): \
            foreign lists, application/xml. These regional lists are imported by the regional coordinator only. \
            <STATE>-<NAME> (e.g. NE-GEL): a national list, application/json or text/csv, imported by an FIU of that \
            State, created at its first import, owned by that FIU, distribution G5 unless `distribution` says otherwise \
            at that first import (NATIONAL or AGENCY for a list the State keeps to itself: other States' screenings \
            then show only a hidden hit, which an access request can follow); `name` names it. \
            A file generated before the list in force is refused (409) unless `force=true` with the reason in the \
            Pcms-Force-Reason header (regional coordinator, audited). A file delisting more than the allowed share \
            of the entries in force answers 409 with its diff and is applied with `confirm=<diff.confirmation>`. \
            `dryRun=true` answers 200 with the diff (added, amended, delisted, relisted) and changes nothing.""")
    public Response importList(
            @PathParam("code") String code,
            @QueryParam("name") String name,
            byte[] body,
            @QueryParam("dryRun") boolean dryRun,
            @QueryParam("force") boolean force,
            @QueryParam("confirm") String confirm,
            @QueryParam("distribution") Distribution distribution,
            @HeaderParam(SanctionsService.FORCE_REASON_HEADER) String reason,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String listCode = code.toUpperCase(Locale.ROOT);
        ListTarget target = target(listCode, name);
        sanctions.checkMayImport(caller.get(), target);
        String mediaType = mediaType(contentType);
        Function<byte[], ParsedList> parser = parser(target, mediaType);
        requireBody(body);
        SanctionsService.ImportOptions options =
                new SanctionsService.ImportOptions(dryRun, force, decoded(reason), confirm, distribution);
        if (dryRun) {
            return Response.ok(sanctions
                            .importList(caller.get(), target, parse(parser, body), body, options)
                            .diff())
                    .build();
        }
        try {
            return idempotency.execute(caller.get(), idempotencyKey, body, () -> {
                SanctionsService.Outcome outcome =
                        sanctions.importList(caller.get(), target, parse(parser, body), body, options);
                return outcome.applied()
                        .map(run -> Response.created(
                                        URI.create("v1/sanctions-lists/" + listCode + "/imports/" + run.id))
                                .entity(SanctionsView.ImportView.of(run))
                                .build())
                        .orElseThrow(() -> new ConfirmationRequired(outcome.diff()));
            });
        } catch (ConfirmationRequired e) {
            return confirmationRequired(e.diff, headers, uri);
        }
    }

    /**
     * Thrown out of the idempotent action so that its key is released: the same request sent again with the
     * confirmation is a new attempt, not a replay of this answer.
     */
    private static final class ConfirmationRequired extends RuntimeException {
        private final transient DiffView diff;

        ConfirmationRequired(DiffView diff) {
            super("confirmation required", null, false, false);
            this.diff = diff;
        }
    }

    private static ListTarget target(String code, String name) {
        if (code.equals(ListTarget.UN_CODE)) {
            return ListTarget.un();
        }
        return ForeignList.byCode(code).map(ListTarget::foreign).orElseGet(() -> {
            if (!code.matches("^[A-Z]{2}-[A-Z0-9-]{1,40}$") || !Jurisdictions.isMemberState(code.substring(0, 2))) {
                throw new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        "sanctions.list-code-format",
                        String.join(", ", ForeignList.codes()));
            }
            return ListTarget.national(code, name);
        });
    }

    /** The parser of the list's published format; another media type is a 415 naming the accepted ones. */
    private Function<byte[], ParsedList> parser(ListTarget target, String mediaType) {
        if (target.code().equals(ListTarget.UN_CODE)) {
            requireMediaType(XML, mediaType);
            return body -> UnListParser.parse(new ByteArrayInputStream(body));
        }
        if (target.regional()) {
            requireMediaType(XML, mediaType);
            ForeignList list = ForeignList.byCode(target.code()).orElseThrow();
            return body -> list.parse(new ByteArrayInputStream(body));
        }
        requireMediaType(NATIONAL_FORMATS, mediaType);
        return mediaType.equals(CSV)
                ? body -> NationalListParser.csv(new ByteArrayInputStream(body))
                : body -> NationalListParser.json(new ByteArrayInputStream(body), mapper);
    }

    private static ParsedList parse(Function<byte[], ParsedList> parser, byte[] body) {
        try {
            return parser.apply(body);
        } catch (ImportException e) {
            throw e.toProblem();
        }
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static void requireMediaType(List<String> accepted, String mediaType) {
        if (!accepted.contains(mediaType)) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "sanctions.media-type",
                    String.join(", ", accepted),
                    mediaType.isEmpty() ? "-" : mediaType);
        }
    }

    private static void requireBody(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "import.empty");
        }
    }

    /** The reason travels in a header: non-ASCII text (French, Arabic) is percent-encoded UTF-8. */
    private static String decoded(String reason) {
        try {
            return reason == null ? null : URLDecoder.decode(reason, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError(
                            SanctionsService.FORCE_REASON_HEADER, "sanctions.force-reason-encoding")),
                    "validation-failed.detail",
                    1);
        }
    }

    /** A problem (RFC 9457) with the diff as an extension member: what the import would do, and its token. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConfirmationProblem(
            URI type, String title, int status, String detail, String instance, String traceId, DiffView diff) {}

    private static Response confirmationRequired(DiffView diff, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemMessages.negotiate(headers.getAcceptableLanguages());
        Problem problem = ProblemResponses.body(
                new ProblemException(
                        ProblemType.CONFLICT,
                        "sanctions.confirmation-required",
                        diff.delisted().size(),
                        diff.activeInForce(),
                        Math.round(diff.maxDelistedShare() * 1000) / 10.0),
                locale,
                uri.getRequestUri().getRawPath());
        return Response.status(ProblemType.CONFLICT.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(new ConfirmationProblem(
                        problem.type(),
                        problem.title(),
                        problem.status(),
                        problem.detail(),
                        problem.instance(),
                        problem.traceId(),
                        diff))
                .build();
    }
}
