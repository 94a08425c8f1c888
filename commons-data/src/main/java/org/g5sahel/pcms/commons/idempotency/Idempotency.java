package org.g5sahel.pcms.commons.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * {@code Idempotency-Key} for POST (mobile clients on poor links, partners retrying): the same key with the same body
 * answers the first response again; the same key with another body is refused with 422.
 * <p>
 * The key is reserved, the action runs and its response is stored in one transaction: a concurrent duplicate waits on
 * the reservation's unique index and then replays; a failed action leaves no reservation behind.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,200}$");

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public Idempotency(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Runs {@code action} once per (caller, key). {@code action} joins this transaction; it must answer a JSON entity.
     *
     * @param key     the header value, or null when the client sent none (the action simply runs)
     * @param request the deserialised body, hashed in its canonical JSON form
     */
    public Response execute(Caller caller, String key, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError(HEADER, "idempotency.key-format")),
                    "validation-failed.detail",
                    1);
        }
        String requestHash = hash(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            int reserved = entityManager
                    .createNativeQuery("insert into idempotency_record"
                            + " (subject, idempotency_key, request_hash, created_at) values (:subject, :key, :hash, now())"
                            + " on conflict do nothing")
                    .setParameter("subject", caller.subject())
                    .setParameter("key", key)
                    .setParameter("hash", requestHash)
                    .executeUpdate();
            if (reserved == 0) {
                return replay(caller, key, requestHash);
            }
            Response response = action.get();
            store(caller, key, response);
            return response;
        });
    }

    /** Keys protect retries over a day at most; older reservations are dropped. */
    @Scheduled(every = "1h", delayed = "1m")
    void purgeExpired() {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "delete from idempotency_record where created_at < now() - interval '24 hours'")
                        .executeUpdate());
    }

    private Response replay(Caller caller, String key, String requestHash) {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select request_hash, status, location, etag, body::text"
                        + " from idempotency_record where subject = :subject and idempotency_key = :key")
                .setParameter("subject", caller.subject())
                .setParameter("key", key)
                .getSingleResult();
        if (!requestHash.equals(row[0])) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED);
        }
        Response.ResponseBuilder replay =
                Response.status(((Number) row[1]).intValue()).header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            replay.header(HttpHeaders.LOCATION, row[2]);
        }
        if (row[3] != null) {
            replay.header(HttpHeaders.ETAG, row[3]);
        }
        if (row[4] != null) {
            replay.entity(row[4]).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        }
        return replay.build();
    }

    private void store(Caller caller, String key, Response response) {
        try {
            String body = response.hasEntity() ? objectMapper.writeValueAsString(response.getEntity()) : null;
            entityManager
                    .createNativeQuery(
                            "update idempotency_record set status = :status, location = :location,"
                                    + " etag = :etag, body = cast(:body as jsonb) where subject = :subject and idempotency_key = :key")
                    .setParameter("status", response.getStatus())
                    .setParameter(
                            "location",
                            response.getLocation() == null
                                    ? null
                                    : response.getLocation().toString())
                    .setParameter(
                            "etag",
                            response.getEntityTag() == null
                                    ? null
                                    : response.getEntityTag().toString())
                    .setParameter("body", body)
                    .setParameter("subject", caller.subject())
                    .setParameter("key", key)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response entity cannot be stored", e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] canonical = objectMapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request cannot be hashed", e);
        }
    }
}
