package org.g5sahel.pcms.commons.rest;

import jakarta.ws.rs.core.EntityTag;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/** Optimistic locking over HTTP: the entity version is the ETag; updates must send it back in {@code If-Match}. */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * 428 without {@code If-Match} or with {@code If-Match: *}, 412 when it names another version. The wildcard matches
     * any version, so it would let a client overwrite a change it never saw: the lost update this check exists for.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED);
        }
        String sent = ifMatch.trim();
        if (sent.equals("*")) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "precondition-required.wildcard");
        }
        String expected = "\"" + currentVersion + "\"";
        if (sent.startsWith("W/")) {
            sent = sent.substring(2);
        }
        if (!sent.equals(expected)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED);
        }
    }
}
