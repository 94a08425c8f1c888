package org.g5sahel.pcms.aml.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.aml.imports.ImportException;
import org.g5sahel.pcms.aml.model.Report;
import org.g5sahel.pcms.aml.model.ReportKind;
import org.g5sahel.pcms.aml.model.ReportSource;
import org.g5sahel.pcms.aml.service.GoamlImports;
import org.g5sahel.pcms.aml.service.ReportCommand;
import org.g5sahel.pcms.aml.service.ReportService;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemMessages;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.QueryParams;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Audience;
import org.g5sahel.pcms.commons.sovereignty.SharingPreview;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

@Path("/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    private final ReportService reports;
    private final GoamlImports goaml;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public ReportResource(ReportService reports, GoamlImports goaml, Idempotency idempotency, CurrentCaller caller) {
        this.reports = reports;
        this.goaml = goaml;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({
        Roles.FIU_ANALYST,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(
            summary = "Reports visible to the caller",
            description =
                    "Newest first; keyset cursor; filter by kind or subject name (accent- and case-insensitive). Reads outside the owning FIU are audited.")
    public Page<ReportView> search(
            @QueryParam("kind") String kind,
            @QueryParam("subject") String subject,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        String key = Cursors.decode(cursor);
        Instant afterCreated = null;
        UUID afterId = null;
        if (key != null) {
            String[] parts = key.split("\\|");
            try {
                afterCreated = Instant.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw Cursors.invalid();
            }
        }
        List<Report> fetched = reports.search(
                caller.get(),
                QueryParams.enumValue(ReportKind.class, "kind", kind),
                subject == null || subject.isBlank() ? null : subject,
                afterCreated,
                afterId,
                size + 1);
        return Page.of(fetched, size, report -> report.createdAt + "|" + report.id)
                .mapItems(ReportView::summary);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.FIU_ANALYST,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(summary = "A report with its subjects, accounts, transactions, screening hits and disseminations")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ReportService.Detail detail = reports.get(caller.get(), id);
        return Response.ok(ReportView.of(detail, ProblemMessages.negotiate(acceptLanguage)))
                .tag(Versions.etag(detail.report().version))
                .build();
    }

    @POST
    @RolesAllowed(Roles.FIU_ANALYST)
    @Operation(
            summary = "Record a report",
            description =
                    "Owned by the caller's FIU, default distribution AGENCY; its subjects are screened against the sanctions lists at once. Honours Idempotency-Key.")
    public Response create(
            @Valid @NotNull ReportRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return idempotency.execute(
                caller.get(),
                idempotencyKey,
                request,
                () -> created(
                        reports.create(caller.get(), request.command(), ReportSource.MANUAL),
                        ProblemMessages.negotiate(acceptLanguage)));
    }

    @POST
    @Path("/imports")
    @RolesAllowed(Roles.FIU_ANALYST)
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(
            summary = "Import a goAML XML report",
            description =
                    "Any goAML report_code (STR, SAR, CTR, AIF, AIFT, DPMSR, ECDD, ECDDT …). The whole file becomes one report, or nothing: an error names the goAML element, its line and the reason. Validated against the FIU's own XSD when pcms.aml.goaml.schema-path is set. DTDs and external entities are refused. Subjects, directors and signatories are screened at once.")
    public Response importGoaml(
            byte[] body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "import.empty");
        }
        return idempotency.execute(caller.get(), idempotencyKey, body, () -> {
            ReportCommand request;
            try {
                request = goaml.read(body);
            } catch (ImportException e) {
                throw e.toProblem();
            }
            return created(
                    reports.create(caller.get(), request, ReportSource.GOAML),
                    ProblemMessages.negotiate(acceptLanguage));
        });
    }

    @POST
    @Path("/{id}/disseminations")
    @RolesAllowed({Roles.FIU_ANALYST, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary = "Disseminate a report to law-enforcement agencies",
            description =
                    "Explicit and audited: only the owning FIU or its State's national coordinator; the recipients are added to the report's sharing. Requires If-Match.")
    public Response disseminate(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DisseminationRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ReportService.Detail detail =
                reports.disseminate(caller.get(), id, ifMatch, request.recipients(), request.purpose());
        return Response.ok(ReportView.of(detail, ProblemMessages.negotiate(acceptLanguage)))
                .tag(Versions.etag(detail.report().version))
                .build();
    }

    @GET
    @Path("/{id}/audience")
    @RolesAllowed({
        Roles.FIU_ANALYST,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.NATIONAL_COORDINATOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.PARTNER_SYSTEM
    })
    @Operation(
            summary = "Who can see the report today",
            description =
                    "Groups of callers its sharing reaches, and the member States it is hidden from (docs/sovereignty.md). Anyone who can read it.")
    public Audience audience(@PathParam("id") UUID id) {
        return reports.audience(caller.get(), id);
    }

    @POST
    @Path("/{id}/sharing/preview")
    @RolesAllowed({Roles.FIU_ANALYST, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary = "What a change of sharing would do",
            description =
                    "The audience now and with these terms, and the groups gained and lost. Same rules and validation as PUT …/sharing; changes nothing, needs no If-Match.")
    public SharingPreview previewSharing(@PathParam("id") UUID id, @Valid @NotNull SharingTerms terms) {
        return reports.previewSharing(caller.get(), id, terms);
    }

    @PUT
    @Path("/{id}/sharing")
    @RolesAllowed({Roles.FIU_ANALYST, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary = "Change who may see the report",
            description = "Only the owning FIU or its State's national coordinator; requires If-Match.")
    public Response changeSharing(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SharingTerms terms,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ReportService.Detail detail = reports.changeSharing(caller.get(), id, ifMatch, terms);
        return Response.ok(ReportView.of(detail, ProblemMessages.negotiate(acceptLanguage)))
                .tag(Versions.etag(detail.report().version))
                .build();
    }

    /** A report just recorded; its screening hits explained in {@code locale}. */
    private static Response created(ReportService.Detail detail, Locale locale) {
        return Response.created(URI.create("v1/reports/" + detail.report().id))
                .tag(Versions.etag(detail.report().version))
                .entity(ReportView.of(detail, locale))
                .build();
    }
}
