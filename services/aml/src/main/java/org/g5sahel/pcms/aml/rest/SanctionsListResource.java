package org.g5sahel.pcms.aml.rest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.aml.imports.ImportException;
import org.g5sahel.pcms.aml.imports.NationalListParser;
import org.g5sahel.pcms.aml.imports.ParsedList;
import org.g5sahel.pcms.aml.imports.UnListParser;
import org.g5sahel.pcms.aml.model.EntryStatus;
import org.g5sahel.pcms.aml.model.SanctionsImport;
import org.g5sahel.pcms.aml.service.SanctionsQueries;
import org.g5sahel.pcms.aml.service.SanctionsService;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;
import org.g5sahel.pcms.commons.rest.QueryParams;

import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/v1/sanctions-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sanctions lists")
@RolesAllowed({Roles.FIU_ANALYST, Roles.INVESTIGATOR, Roles.ANALYST, Roles.BORDER_OFFICER,
        Roles.NATIONAL_COORDINATOR, Roles.REGIONAL_COORDINATOR, Roles.PARTNER_SYSTEM, Roles.AUDITOR})
public class SanctionsListResource {

    private final SanctionsService sanctions;
    private final SanctionsQueries queries;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final ObjectMapper mapper;

    public SanctionsListResource(SanctionsService sanctions, SanctionsQueries queries, Idempotency idempotency,
            CurrentCaller caller, ObjectMapper mapper) {
        this.sanctions = sanctions;
        this.queries = queries;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Sanctions lists visible to the caller, with their counts of active and delisted entries")
    public List<SanctionsView.ListView> lists() {
        return queries.lists(caller.get());
    }

    @GET
    @Path("/{code}/entries")
    @Operation(summary = "Entries of a list", description = "By reference number; filter by status and name; keyset cursor.")
    public Page<SanctionsView.EntryView> entries(@PathParam("code") String code, @QueryParam("status") String status,
            @QueryParam("q") String name, @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        return Page.of(queries.entries(caller.get(), code.toUpperCase(Locale.ROOT),
                QueryParams.enumValue(EntryStatus.class, "status", status), name, Cursors.decode(cursor), size + 1),
                size, entry -> entry.referenceNumber).mapItems(SanctionsView.EntryView::of);
    }

    @GET
    @Path("/{code}/entries/{reference}")
    @Operation(summary = "One entry with its history (added, updated with the previous content, delisted, relisted)")
    public Response entry(@PathParam("code") String code, @PathParam("reference") String reference) {
        SanctionsQueries.EntryWithHistory found = queries.entry(caller.get(), code.toUpperCase(Locale.ROOT), reference);
        return Response.ok(java.util.Map.of("entry", SanctionsView.EntryView.of(found.entry()), "history",
                found.history().stream().map(SanctionsView.ChangeView::of).toList())).build();
    }

    @GET
    @Path("/{code}/imports")
    @Operation(summary = "Imports of a list, newest first")
    public List<SanctionsView.ImportView> imports(@PathParam("code") String code) {
        return queries.imports(caller.get(), code.toUpperCase(Locale.ROOT)).stream()
                .map(SanctionsView.ImportView::of).toList();
    }

    @POST
    @Path("/un/imports")
    @RolesAllowed({Roles.FIU_ANALYST, Roles.REGIONAL_COORDINATOR})
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Import the UN Security Council consolidated list (official XML)", description = "All or nothing; re-importing the same file changes no entry; entries missing from the file are marked delisted, with history kept.")
    public Response importUn(byte[] body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        requireBody(body);
        return idempotency.execute(caller.get(), idempotencyKey, body, () -> {
            ParsedList parsed;
            try {
                parsed = UnListParser.parse(new ByteArrayInputStream(body));
            } catch (ImportException e) {
                throw e.toProblem();
            }
            return created(SanctionsService.UN_CODE, sanctions.importUn(caller.get(), parsed, body));
        });
    }

    @POST
    @Path("/{code}/imports")
    @RolesAllowed(Roles.FIU_ANALYST)
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Import a national list (JSON or CSV)", description = "The code starts with the caller's State (e.g. NE-GEL); the list is created at its first import, owned by the caller's FIU, distribution G5.")
    public Response importNational(@PathParam("code") String code, @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        requireBody(body);
        String listCode = code.toUpperCase(Locale.ROOT);
        if (!listCode.matches("^(BF|ML|MR|NE|TD)-[A-Z0-9-]{1,40}$")) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "sanctions.national-code-format");
        }
        return idempotency.execute(caller.get(), idempotencyKey, body, () -> {
            ParsedList parsed;
            try {
                parsed = contentType != null && contentType.startsWith("text/csv")
                        ? NationalListParser.csv(new ByteArrayInputStream(body))
                        : NationalListParser.json(new ByteArrayInputStream(body), mapper);
            } catch (ImportException e) {
                throw e.toProblem();
            }
            return created(listCode, sanctions.importNational(caller.get(), listCode, name, parsed, body));
        });
    }

    private static void requireBody(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "import.empty");
        }
    }

    private static Response created(String code, SanctionsImport run) {
        return Response.created(URI.create("v1/sanctions-lists/" + code + "/imports/" + run.id))
                .entity(SanctionsView.ImportView.of(run)).build();
    }
}
