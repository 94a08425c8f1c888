package org.g5sahel.pcms.gateway.edge;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.http.HttpServerRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * W3C trace context ({@code traceparent}) helpers. OpenTelemetry normally creates the server span and propagates the
 * context to the upstream call; these helpers cover the cases where it does not (tracing disabled).
 */
public final class TraceIds {

    public static final String TRACEPARENT = "traceparent";

    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String INVALID_TRACE_ID = "0".repeat(32);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TraceIds() {}

    /**
     * The trace id of the current request: from the current span, else from the request's {@code traceparent}.
     */
    public static Optional<String> current(HttpServerRequest request) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return Optional.of(span.getTraceId());
        }
        return traceIdOf(request.getHeader(TRACEPARENT));
    }

    /**
     * The trace id of a {@code traceparent} value, if it is well formed.
     */
    public static Optional<String> traceIdOf(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        var matcher = TRACEPARENT_FORMAT.matcher(traceparent.trim());
        if (!matcher.matches() || matcher.group(1).equals(INVALID_TRACE_ID)) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }

    /**
     * A {@code traceparent} for a call made on behalf of {@code request}: in the current trace when there is one, else
     * in a new trace.
     */
    public static String newTraceparent(HttpServerRequest request) {
        String traceId = current(request).orElseGet(() -> randomHex(16));
        return "00-" + traceId + "-" + randomHex(8) + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HEX.formatHex(value);
    }
}
