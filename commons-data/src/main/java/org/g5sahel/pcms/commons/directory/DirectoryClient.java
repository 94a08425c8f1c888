package org.g5sahel.pcms.commons.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The directory as the services read it, always with the caller's own token (the directory applies its sovereignty
 * rules to the caller): whether a code names an active agency (recipients of a request), an agency's 24/7 desk (hits
 * that say "contact agency X"), and a point of contact (nominees and placements). Base URL:
 * {@code quarkus.rest-client.directory.url}.
 * <p>
 * Each call waits at most 3 s; a directory that could not be reached is tried once more; after half of 10 calls
 * failed, calls fail at once for 10 s, so that a directory that is down costs the callers no waiting. Whatever the
 * failure, the caller sees {@link Unavailable} (or, for a desk, no desk).
 */
@ApplicationScoped
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 1, delay = 100, retryOn = ProcessingException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
public class DirectoryClient {

    /** The part of the directory's AgencyView the services use. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agency(
            String code,
            String state,
            String type,
            String status,
            String nameFr,
            String nameEn,
            String deskPhone,
            String deskEmail,
            String deskHours) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    /** The part of the directory's ContactView the services use. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(UUID id, String fullName, String agencyCode, boolean active) {}

    /** The directory could not say: unreachable, too slow, or an answer other than found or not found. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    private final DirectoryRestClient directory;

    public DirectoryClient(@RestClient DirectoryRestClient directory) {
        this.directory = directory;
    }

    /**
     * The agency of that code, or empty when the directory lists none.
     *
     * @throws Unavailable when the directory cannot answer
     */
    @Fallback(fallbackMethod = "agencyUnavailable")
    public Optional<Agency> find(String code, String bearerToken) {
        return read(() -> directory.agency(code, bearer(bearerToken)));
    }

    /**
     * The agency whose desk a hit names, or empty: a directory that is down or slow never fails the caller's request,
     * the hit is still reported without the desk.
     */
    @Fallback(fallbackMethod = "noDesk")
    public Optional<Agency> desk(String code, String bearerToken) {
        return read(() -> directory.agency(code, bearer(bearerToken)));
    }

    /**
     * The contact as the caller sees it in the directory, or empty when it does not exist or is hidden from the caller.
     *
     * @throws Unavailable when the directory cannot answer
     */
    @Fallback(fallbackMethod = "contactUnavailable")
    public Optional<Contact> contact(UUID id, String bearerToken) {
        return read(() -> directory.contact(id, bearer(bearerToken)));
    }

    Optional<Agency> agencyUnavailable(String code, String bearerToken, Throwable failure) {
        throw unavailable("agency " + code, failure);
    }

    Optional<Agency> noDesk(String code, String bearerToken, Throwable failure) {
        unavailable("agency " + code, failure);
        return Optional.empty();
    }

    Optional<Contact> contactUnavailable(UUID id, String bearerToken, Throwable failure) {
        throw unavailable("contact " + id, failure);
    }

    /** Found, or empty on 404; any other answer counts as a failure for the retry, the breaker and the fallback. */
    private static <T> Optional<T> read(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Unavailable unavailable(String what, Throwable failure) {
        Log.warnf("Directory could not answer for %s: %s", what, failure.toString());
        return new Unavailable(failure.toString());
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
