package org.g5sahel.pcms.commons.revocation;

import java.time.Instant;

/**
 * CDI event fired when an officer's access is withdrawn (disabled, deleted, removed from his agency's organization or
 * signed out by an administrator): whatever the service keeps open for him (live streams) closes.
 */
public record SubjectRevoked(String subject, Instant revokedAt, String reason) {}
