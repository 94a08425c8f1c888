package org.g5sahel.pcms.firearms.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.ProblemMessages;
import org.g5sahel.pcms.commons.rest.QueryParams;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.firearms.model.ImportRow;
import org.g5sahel.pcms.firearms.model.StockpileImport;
import org.g5sahel.pcms.firearms.service.StockpileImportService;

@Path("/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stockpile import")
public class ImportResource {

    private final StockpileImportService imports;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public ImportResource(StockpileImportService imports, Idempotency idempotency, CurrentCaller caller) {
        this.imports = imports;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /** The report of an import; row error messages in the caller's language. */
    public record ImportReport(
            UUID id,
            String fileName,
            int totalRows,
            int imported,
            int alreadyPresent,
            int rejected,
            List<ImportRow> rows,
            Instant importedAt,
            String importedBy) {

        static ImportReport of(StockpileImport done, Locale locale) {
            return new ImportReport(
                    done.id,
                    done.fileName,
                    done.totalRows,
                    done.imported,
                    done.alreadyPresent,
                    done.rejected,
                    done.report.stream()
                            .map(row -> new ImportRow(
                                    row.line(),
                                    row.outcome(),
                                    row.firearmId(),
                                    row.reference(),
                                    row.errors().stream()
                                            .map(error -> new ImportRow.RowError(
                                                    error.field(), ProblemMessages.message(error.message(), locale)))
                                            .toList()))
                            .toList(),
                    done.importedAt,
                    done.importedBy);
        }
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.NATIONAL_COORDINATOR})
    @Operation(
            summary = "Import a stockpile CSV",
            description =
                    "Header row with columns type, make, serialNumber, holderCategory (required), model, calibre, manufactureCountry, manufactureYear, importCountry, importYear, otherMarkings, custodyAgency, status. Each row is imported, already present (re-import is idempotent) or rejected with its reasons. distribution (default NATIONAL) and sharedWith apply to the imported records.")
    public Response importCsv(
            String csv,
            @QueryParam("fileName") String fileName,
            @QueryParam("distribution") String distribution,
            @QueryParam("sharedWith") List<String> sharedWith,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context HttpHeaders headers) {
        Distribution chosen = QueryParams.enumValue(Distribution.class, "distribution", distribution);
        SharingTerms sharing = chosen == null ? null : SharingTerms.of(chosen, sharedWith.toArray(String[]::new));
        Locale locale = ProblemMessages.negotiate(headers.getAcceptableLanguages());
        return idempotency.execute(caller.get(), idempotencyKey, csv, () -> {
            StockpileImport done = imports.importCsv(caller.get(), csv, fileName, sharing);
            return Response.created(URI.create("v1/imports/" + done.id))
                    .entity(ImportReport.of(done, locale))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FIREARMS_OFFICER, Roles.NATIONAL_COORDINATOR})
    public ImportReport get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return ImportReport.of(
                imports.get(caller.get(), id), ProblemMessages.negotiate(headers.getAcceptableLanguages()));
    }
}
