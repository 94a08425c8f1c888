package org.g5sahel.pcms.training.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.training.certificate.CertificateDocument;
import org.g5sahel.pcms.training.certificate.CertificateSigner;
import org.g5sahel.pcms.training.model.Certificate;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.model.TrainingSession;
import org.g5sahel.pcms.training.repository.CertificateRepository;

/**
 * Certificates: issued on completion, signed over their content, verifiable by anyone from their code (disclosing only
 * holder, course, date and validity) or from a presented copy, revocable by the issuing agency.
 */
@ApplicationScoped
public class CertificateService {

    /** Crockford's base32 alphabet: no I, L, O, U, so a code read aloud or retyped is not mistaken. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateRepository certificates;
    private final CertificateSigner signer;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;

    public CertificateService(
            CertificateRepository certificates,
            CertificateSigner signer,
            AuditLog auditLog,
            Outbox outbox,
            Clock clock) {
        this.certificates = certificates;
        this.signer = signer;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Issues the certificate of a completed participant, in the completion's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate issue(Caller organiser, TrainingSession session, Course course, Nomination participant) {
        Certificate certificate = new Certificate();
        certificate.id = UUID.randomUUID();
        certificate.code = newCode();
        certificate.nominationId = participant.id;
        certificate.contactId = participant.contactId;
        certificate.holderName = participant.nomineeName;
        certificate.holderAgency = participant.nomineeAgency;
        certificate.holderState = participant.nomineeState;
        certificate.courseCode = course.code;
        certificate.courseTitleFr = course.titleFr;
        certificate.courseTitleEn = course.titleEn;
        certificate.sessionId = session.id;
        certificate.completedOn = session.endDate;
        // Seconds only: what is signed is exactly what the database gives back.
        certificate.issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        certificate.validUntil = course.certificateValidityMonths == null
                ? null
                : session.endDate.plusMonths(course.certificateValidityMonths);
        certificate.keyId = signer.keyId();
        certificate.signature = "";
        certificate.signature = signer.sign(CertificateDocument.of(certificate).signedBytes());
        certificate.createdAt = certificate.issuedAt;
        certificate.updatedAt = certificate.issuedAt;
        // The issuer owns it; the holder's State and the nominating agency see it.
        certificate.sovereignty = Sovereignty.ownedBy(
                organiser,
                SharingTerms.of(Distribution.SELECTED, participant.nomineeState, participant.sovereignty.ownerAgency()),
                Distribution.SELECTED,
                NominationService.REVIEW_PERIOD.plus(Period.ofYears(5)),
                LocalDate.now(clock));
        certificates.persist(certificate);
        auditLog.record(organiser, AuditAction.CREATE, Audited.of(certificate), null, "ISSUED");
        outbox.publish(
                "certificate",
                "issued",
                certificate.id,
                certificate.sovereignty,
                Map.of(
                        "id",
                        certificate.id,
                        "code",
                        certificate.code,
                        "nominationId",
                        participant.id,
                        "contactId",
                        participant.contactId,
                        "courseCode",
                        course.code));
        return certificate;
    }

    @Transactional
    public Certificate get(Caller caller, String code) {
        Certificate certificate = certificates.findVisibleByCode(caller, code).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(Audited.of(certificate)), null);
        return certificate;
    }

    @Transactional
    public List<Certificate> ofSession(Caller caller, UUID sessionId) {
        List<Certificate> found = certificates.visibleOfSession(caller, sessionId);
        auditLog.recordReads(
                caller, AuditAction.LIST, found.stream().map(Audited::of).toList(), null);
        return found;
    }

    /**
     * Public verification by code. A record whose signature no longer matches was altered after issue: that is
     * reported as a problem, never as a valid certificate.
     */
    @Transactional
    public Verification verify(String code) {
        Certificate certificate = certificates
                .findForVerification(code)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "certificate.unknown"));
        CertificateDocument stored = CertificateDocument.of(certificate);
        if (!signer.verify(stored.signedBytes(), stored.keyId(), stored.signature())) {
            Log.errorf("Certificate %s fails its signature check: its record was altered", certificate.id);
            throw new ProblemException(ProblemType.CONFLICT, "certificate.tampered");
        }
        return verification(certificate);
    }

    /** Verification of a copy presented by its holder: the copy's own signature first, then the issuer's record. */
    @Transactional
    public Verification verify(CertificateDocument presented) {
        if (!signer.verify(presented.signedBytes(), presented.keyId(), presented.signature())) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("signature", "certificate.signature-invalid")),
                    "certificate.signature-invalid");
        }
        return verify(presented.code());
    }

    @Transactional
    public Certificate revoke(Caller caller, String code, String ifMatch, String reason) {
        Certificate certificate = certificates.findVisibleByCode(caller, code).orElseThrow(ProblemException::notFound);
        if (!caller.hasRole(Roles.TRAINING_MANAGER) || !certificate.sovereignty.isOwnedBy(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "certificate.not-issuer");
        }
        Versions.requireMatch(ifMatch, certificate.version);
        if (certificate.revokedAt != null) {
            throw new ProblemException(ProblemType.CONFLICT, "certificate.already-revoked");
        }
        if (reason == null || reason.isBlank()) {
            throw SessionService.invalid("reason", "certificate.revocation-needs-reason");
        }
        certificate.revokedAt = clock.instant();
        certificate.revocationReason = reason;
        certificate.updatedAt = certificate.revokedAt;
        certificates.flush();
        auditLog.record(caller, AuditAction.UPDATE, Audited.of(certificate), reason, "REVOKED");
        outbox.publish(
                "certificate",
                "revoked",
                certificate.id,
                certificate.sovereignty,
                Map.of("id", certificate.id, "code", certificate.code));
        return certificate;
    }

    public String verificationKeyPem() {
        return signer.verificationKeyPem();
    }

    private Verification verification(Certificate certificate) {
        LocalDate today = LocalDate.now(clock);
        Verification.Status status = certificate.revokedAt != null
                ? Verification.Status.REVOKED
                : certificate.validUntil != null && today.isAfter(certificate.validUntil)
                        ? Verification.Status.EXPIRED
                        : Verification.Status.VALID;
        return new Verification(
                certificate.code,
                certificate.holderName,
                certificate.courseCode,
                certificate.courseTitleFr,
                certificate.courseTitleEn,
                certificate.completedOn,
                certificate.validUntil,
                status == Verification.Status.VALID,
                status,
                certificate.revokedAt == null ? null : LocalDate.ofInstant(certificate.revokedAt, clock.getZone()));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder("PCMS");
        for (int group = 0; group < 3; group++) {
            code.append('-');
            for (int i = 0; i < 4; i++) {
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }

    /** What a public verifier learns: holder name, course, dates, validity, revocation. Nothing else. */
    public record Verification(
            String code,
            String holderName,
            String courseCode,
            String courseTitleFr,
            String courseTitleEn,
            LocalDate completedOn,
            LocalDate validUntil,
            boolean valid,
            Status status,
            LocalDate revokedOn) {

        public enum Status {
            VALID,
            EXPIRED,
            REVOKED
        }
    }
}
