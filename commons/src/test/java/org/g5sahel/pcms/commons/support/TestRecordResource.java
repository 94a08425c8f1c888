package org.g5sahel.pcms.commons.support;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.idempotency.Idempotency;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Endpoints over {@link TestRecord} exercising identity, validation, problems, idempotency and visibility. */
@Path("/v1/test-records")
@RolesAllowed("investigator")
public class TestRecordResource {

    private final TestRecordRepository repository;
    private final Idempotency idempotency;
    private final CurrentCaller caller;

    public TestRecordResource(TestRecordRepository repository, Idempotency idempotency, CurrentCaller caller) {
        this.repository = repository;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    public record NewRecord(@NotBlank @Size(max = 20) String label, @NotBlank String batch,
            @NotNull @Valid SharingTerms sharing) {
    }

    public record RecordView(UUID id, String label) {
    }

    @POST
    public Response create(@Valid @NotNull NewRecord request, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller.get(), key, request, () -> {
            TestRecord record = persist(request);
            return Response.created(URI.create("/api/commonstest/v1/test-records/" + record.id))
                    .entity(new RecordView(record.id, record.label)).build();
        });
    }

    @Transactional
    TestRecord persist(NewRecord request) {
        TestRecord record = new TestRecord();
        record.id = UUID.randomUUID();
        record.label = request.label();
        record.batch = request.batch();
        record.sovereignty = Sovereignty.ownedBy(caller.get(), request.sharing(), Distribution.AGENCY, Period.ofYears(5),
                LocalDate.now());
        repository.persist(record);
        return record;
    }

    @GET
    @Path("/{id}")
    @Transactional
    public RecordView get(@PathParam("id") UUID id) {
        return repository.findVisibleById(caller.get(), id).map(record -> new RecordView(record.id, record.label))
                .orElseThrow(ProblemException::notFound);
    }

    @GET
    @Transactional
    public List<RecordView> list(@QueryParam("batch") String batch) {
        return repository.findVisible(caller.get(), "batch = :batch", Sort.by("label"), Parameters.with("batch", batch))
                .stream().map(record -> new RecordView(record.id, record.label)).toList();
    }
}
