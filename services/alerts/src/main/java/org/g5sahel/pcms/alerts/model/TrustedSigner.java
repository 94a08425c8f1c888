package org.g5sahel.pcms.alerts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A CAP sender's signing certificate that an administrator trusts: its alerts are shown "signed by" its label. */
@Entity
@Table(name = "cap_trusted_signer")
public class TrustedSigner {

    @Id
    public UUID id;

    /** Who the sender is, in words officers know (e.g. "Niger — Direction générale de la protection civile"). */
    @Column(nullable = false)
    public String label;

    /** The certificate's subject distinguished name. */
    @Column(nullable = false)
    public String subject;

    /** SHA-256 of the certificate's DER encoding, lower-case hex. */
    @Column(nullable = false, unique = true)
    public String fingerprint;

    /** The certificate, PEM. */
    @Column(nullable = false)
    public String certificate;

    @Column(name = "not_after", nullable = false)
    public Instant notAfter;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
