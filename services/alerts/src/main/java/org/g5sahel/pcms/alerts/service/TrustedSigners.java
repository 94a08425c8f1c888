package org.g5sahel.pcms.alerts.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.alerts.cap.CapSignatures;
import org.g5sahel.pcms.alerts.model.TrustedSigner;
import org.g5sahel.pcms.alerts.repository.TrustedSignerRepository;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/** The trust list of CAP signers, kept by the platform's administrators: certificates, no operational content. */
@ApplicationScoped
public class TrustedSigners {

    private final TrustedSignerRepository signers;
    private final Clock clock;

    public TrustedSigners(TrustedSignerRepository signers, Clock clock) {
        this.signers = signers;
        this.clock = clock;
    }

    @Transactional
    public List<TrustedSigner> list() {
        return signers.all();
    }

    /** The certificates a signature is checked against, with the label shown for each. */
    @Transactional
    public List<CapSignatures.Trusted> trustList() {
        return signers.all().stream()
                .map(signer -> new CapSignatures.Trusted(
                        signer.label,
                        CapSignatures.certificate(signer.certificate).orElseThrow()))
                .toList();
    }

    @Transactional
    public TrustedSigner add(Caller caller, String label, String pem) {
        X509Certificate certificate = CapSignatures.certificate(pem)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.VALIDATION_FAILED,
                        List.of(new Problem.FieldError("certificate", "signer.certificate-unreadable")),
                        "validation-failed.detail",
                        1));
        String fingerprint = CapSignatures.fingerprint(certificate);
        if (signers.byFingerprint(fingerprint).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "signer.already-trusted", fingerprint);
        }
        TrustedSigner signer = new TrustedSigner();
        signer.id = UUID.randomUUID();
        signer.label = label.strip();
        signer.subject = certificate.getSubjectX500Principal().getName();
        signer.fingerprint = fingerprint;
        signer.certificate = pem.strip();
        signer.notAfter = certificate.getNotAfter().toInstant();
        signer.addedBy = caller.username();
        signer.addedAt = clock.instant();
        signers.persist(signer);
        Log.infof("CAP signer %s (%s) trusted by %s", signer.subject, fingerprint, caller.username());
        return signer;
    }

    @Transactional
    public void remove(Caller caller, UUID id) {
        TrustedSigner signer = signers.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        signers.delete(signer);
        Log.infof(
                "CAP signer %s (%s) no longer trusted, removed by %s",
                signer.subject, signer.fingerprint, caller.username());
    }
}
