package org.g5sahel.pcms.commons.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/** Keyset cursors: the sort key of the last row seen, opaque to clients (base64url). */
public final class Cursors {

    private Cursors() {}

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key in {@code cursor}, or {@code null} for the first page. A cursor that is not ours is a client error. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The problem for a cursor that does not decode to a key of the list it was sent to. */
    public static ProblemException invalid() {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                java.util.List.of(new Problem.FieldError("cursor", "cursor.invalid")),
                "validation-failed.detail",
                1);
    }

    /** The page size asked for, bounded by {@link Page#MAX_LIMIT}. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return Page.DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > Page.MAX_LIMIT) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    java.util.List.of(new Problem.FieldError("limit", "limit.out-of-range")),
                    "validation-failed.detail",
                    1);
        }
        return requested;
    }
}
