package org.g5sahel.pcms.alerts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner system's endpoint for PARTNERS alerts; every delivery is signed with its secret (HMAC-SHA256). */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    public UUID id;

    /** The partner jurisdiction (INTERPOL, UNODC, UNOWAS). */
    @Column(nullable = false, updatable = false)
    public String partner;

    @Column(nullable = false, updatable = false)
    public String agency;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
