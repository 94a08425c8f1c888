package org.g5sahel.pcms.directory.revocation;

import java.time.Instant;

/**
 * An officer's access withdrawn in Keycloak, as the directory announces it ({@code directory.user.revoked}).
 *
 * @param subject   the user's id: the {@code sub} of his tokens
 * @param username  when the admin event says it (not for a deletion)
 * @param state     the user's {@code pcms_state} when the admin event says it
 * @param agency    the user's {@code pcms_agency} when the admin event says it
 */
public record Revocation(
        String subject, String username, Instant revokedAt, Reason reason, String state, String agency) {

    public enum Reason {
        DISABLED,
        DELETED,
        REMOVED_FROM_ORGANIZATION,
        SIGNED_OUT
    }
}
