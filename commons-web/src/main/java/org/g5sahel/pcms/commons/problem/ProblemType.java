package org.g5sahel.pcms.commons.problem;

import java.net.URI;

/**
 * The stable problem types of the platform (RFC 9457). The slug is part of the public contract: clients branch on
 * {@code type}, never on {@code title} or {@code detail}, which are translated.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", 400),
    MALFORMED_REQUEST("malformed-request", 400),
    UNAUTHENTICATED("unauthenticated", 401),
    IDENTITY_PROVIDER_MISMATCH("identity-provider-mismatch", 401),
    TOKEN_REVOKED("token-revoked", 401),
    FORBIDDEN("forbidden", 403),
    MISSING_IDENTITY_CLAIMS("missing-identity-claims", 403),
    SHARING_CHANGE_FORBIDDEN("sharing-change-forbidden", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    /** A request body that did not arrive in time (the gateway's bound on slow senders). */
    REQUEST_TIMEOUT("request-timeout", 408),
    CONFLICT("conflict", 409),
    VERSION_CONFLICT("version-conflict", 409),
    IDEMPOTENCY_IN_PROGRESS("idempotency-in-progress", 409),
    PRECONDITION_FAILED("precondition-failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    /** A message addressed to an agency or partner the directory does not know (or no longer active). */
    UNKNOWN_RECIPIENT("unknown-recipient", 422),
    /** A narrowing of sharing (the retention review) that would let someone new see the record. */
    SHARING_WIDENING_REFUSED("sharing-widening-refused", 422),
    PRECONDITION_REQUIRED("precondition-required", 428),
    /** More requests than a caller may send (the gateway's rate and in-flight limits). */
    RATE_LIMITED("rate-limited", 429),
    INTERNAL_ERROR("internal-error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", 503),
    /** A service that did not answer the gateway in time. */
    UPSTREAM_TIMEOUT("upstream-timeout", 504);

    /** Base of every problem type URI, the services' and the gateway's. */
    public static final String BASE_URI = "https://pcms.g5sahel.org/problems/";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    /** The generic type for an HTTP status raised by the framework (unknown path, wrong method, …). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status
                    && type != MISSING_IDENTITY_CLAIMS
                    && type != SHARING_CHANGE_FORBIDDEN
                    && type != VERSION_CONFLICT
                    && type != IDEMPOTENCY_IN_PROGRESS
                    && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
