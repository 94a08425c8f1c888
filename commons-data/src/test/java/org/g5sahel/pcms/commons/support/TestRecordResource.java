package org.g5sahel.pcms.commons.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.MergePatch;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/** Endpoints over {@link TestRecord} exercising identity, validation, problems, idempotency, visibility and
 * updates (full replacement and merge patch). */
@Path("/v1/test-records")
@RolesAllowed("investigator")
public class TestRecordResource {

    private final TestRecordRepository repository;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;

    public TestRecordResource(
            TestRecordRepository repository, Idempotency idempotency, CurrentCaller caller, MergePatch mergePatch) {
        this.repository = repository;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mergePatch = mergePatch;
    }

    public record NewRecord(
            @NotBlank @Size(max = 20) String label,
            @NotBlank String batch,
            @NotNull @Valid SharingTerms sharing) {}

    /** The update representation: what a full-replacement PUT sends, and what a merge patch is applied to. */
    public record RecordChange(
            @NotBlank @Size(max = 20) String label,
            @NotBlank String batch) {

        static RecordChange of(TestRecord record) {
            return new RecordChange(record.label, record.batch);
        }
    }

    public record RecordView(UUID id, String label, String batch) {

        static RecordView of(TestRecord record) {
            return new RecordView(record.id, record.label, record.batch);
        }
    }

    @POST
    public Response create(@Valid @NotNull NewRecord request, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller.get(), key, request, () -> {
            TestRecord record = persist(request);
            return Response.created(URI.create("/api/commonstest/v1/test-records/" + record.id))
                    .tag(Versions.etag(record.version))
                    .entity(RecordView.of(record))
                    .build();
        });
    }

    @Transactional
    TestRecord persist(NewRecord request) {
        TestRecord record = new TestRecord();
        record.id = UUID.randomUUID();
        record.label = request.label();
        record.batch = request.batch();
        record.sovereignty = Sovereignty.ownedBy(
                caller.get(), request.sharing(), Distribution.AGENCY, Period.ofYears(5), LocalDate.now());
        repository.persist(record);
        return record;
    }

    @GET
    @Path("/{id}")
    @Transactional
    public RecordView get(@PathParam("id") UUID id) {
        return repository.findVisibleById(caller.get(), id).map(RecordView::of).orElseThrow(ProblemException::notFound);
    }

    @GET
    @Transactional
    public List<RecordView> list(
            @QueryParam("batch") String batch,
            @QueryParam("distribution") Distribution distribution,
            @QueryParam("limit") Integer limit) {
        return repository
                .findVisible(caller.get(), "batch = :batch", Sort.by("label"), Parameters.with("batch", batch))
                .stream()
                .filter(record -> distribution == null || record.sovereignty.distribution() == distribution)
                .limit(Cursors.limit(limit))
                .map(RecordView::of)
                .toList();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Response replace(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RecordChange change) {
        TestRecord record = repository.findVisibleById(caller.get(), id).orElseThrow(ProblemException::notFound);
        Versions.requireMatch(ifMatch, record.version);
        record.label = change.label();
        record.batch = change.batch();
        repository.flush();
        return Response.ok(RecordView.of(record))
                .tag(Versions.etag(record.version))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Transactional
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        TestRecord record = repository.findVisibleById(caller.get(), id).orElseThrow(ProblemException::notFound);
        return replace(
                id,
                ifMatch,
                mergePatch.apply(RecordChange.of(record), record.version, ifMatch, patch, RecordChange.class));
    }
}
