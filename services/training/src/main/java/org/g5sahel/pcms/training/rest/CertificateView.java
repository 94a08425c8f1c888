package org.g5sahel.pcms.training.rest;

import java.time.Instant;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;
import org.g5sahel.pcms.training.certificate.CertificateDocument;
import org.g5sahel.pcms.training.model.Certificate;

/** A certificate as those who may see it read it: the signed document plus its record's status. */
public record CertificateView(
        UUID id,
        CertificateDocument document,
        UUID nominationId,
        UUID contactId,
        UUID sessionId,
        Instant revokedAt,
        String revocationReason,
        SovereigntyView sharing,
        long version) {

    public static CertificateView of(Certificate certificate) {
        return new CertificateView(
                certificate.id,
                CertificateDocument.of(certificate),
                certificate.nominationId,
                certificate.contactId,
                certificate.sessionId,
                certificate.revokedAt,
                certificate.revocationReason,
                SovereigntyView.of(certificate.sovereignty),
                certificate.version);
    }
}
