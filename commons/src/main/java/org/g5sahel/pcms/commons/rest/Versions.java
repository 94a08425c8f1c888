package org.g5sahel.pcms.commons.rest;

import jakarta.ws.rs.core.EntityTag;

import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/** Optimistic locking over HTTP: the entity version is the ETag; updates must send it back in {@code If-Match}. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 without {@code If-Match}, 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED);
        }
        String expected = "\"" + currentVersion + "\"";
        String sent = ifMatch.trim();
        if (sent.startsWith("W/")) {
            sent = sent.substring(2);
        }
        if (!sent.equals(expected) && !sent.equals("*")) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED);
        }
    }
}
