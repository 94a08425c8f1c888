package org.g5sahel.pcms.commons.sovereignty;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every sovereign record has: its sovereignty (owner and sharing), the optimistic-lock version that
 * {@code If-Match} names, and when it was created and last changed. An entity extends it and adds its id and its own
 * columns.
 */
@MappedSuperclass
public abstract class SovereignRecord {

    @Embedded
    public Sovereignty sovereignty;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
