package org.g5sahel.pcms.gateway.edge;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request ids ({@code X-Request-Id}): a client's own id is kept when it is sane, so that a mobile client or a partner
 * system can find its request in our logs; anything else is replaced by a new UUID.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {}

    /**
     * The client's id if it is 1 to 64 characters of {@code [A-Za-z0-9._-]}, else empty.
     */
    public static Optional<String> sanitize(String candidate) {
        if (candidate == null || !SANE.matcher(candidate).matches()) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /**
     * The client's id if it is sane, else a new random UUID.
     */
    public static String sanitizeOrGenerate(String candidate) {
        return sanitize(candidate).orElseGet(RequestIds::generate);
    }

    public static String generate() {
        return UUID.randomUUID().toString();
    }
}
