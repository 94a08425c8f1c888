package org.g5sahel.pcms.aml.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.AssetMeasure;
import org.g5sahel.pcms.aml.model.AssetMeasureStatusChange;
import org.g5sahel.pcms.aml.model.MeasureKind;
import org.g5sahel.pcms.aml.model.MeasureStatus;
import org.g5sahel.pcms.aml.repository.AssetMeasureRepository;
import org.g5sahel.pcms.aml.repository.ReportRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.reference.ReferenceNumbers;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.hibernate.Hibernate;

/**
 * Freezes, seizures and confiscations: owned by the FIU that records them (default AGENCY), their status moved only
 * by that FIU along {@link MeasureStatus#mayBecome}, each step appended to the history with who, when and why.
 */
@ApplicationScoped
public class AssetMeasureService {

    public static final String RECORD_TYPE = "aml-asset-measure";
    /** A measure is kept as long as the nominal data it rests on (DESIGN §2). */
    private static final Period REVIEW_PERIOD = Period.ofYears(5);

    private final AssetMeasureRepository measures;
    private final ReportRepository reports;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Clock clock;
    private final ReferenceNumbers referenceNumbers;

    public AssetMeasureService(
            AssetMeasureRepository measures,
            ReportRepository reports,
            AuditLog auditLog,
            Outbox outbox,
            Clock clock,
            ReferenceNumbers referenceNumbers) {
        this.measures = measures;
        this.reports = reports;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.clock = clock;
        this.referenceNumbers = referenceNumbers;
    }

    @Transactional
    public AssetMeasure create(Caller caller, AssetMeasureCommand request) {
        validate(caller, request);
        Instant now = clock.instant();
        AssetMeasure measure = new AssetMeasure();
        measure.id = UUID.randomUUID();
        measure.sovereignty = Sovereignty.ownedBy(
                caller, request.sharing(), Distribution.AGENCY, REVIEW_PERIOD, LocalDate.now(clock));
        measure.reference =
                referenceNumbers.next(caller.state(), request.kind().name(), Year.from(now.atZone(ZoneOffset.UTC)));
        measure.kind = request.kind();
        measure.assetKind = request.assetKind();
        measure.assetDescription = request.assetDescription().strip();
        measure.holderName = request.holderName();
        measure.value = request.value();
        measure.currency = request.currency();
        measure.legalBasis = request.legalBasis().strip();
        measure.orderingAuthority = request.orderingAuthority().strip();
        measure.orderedOn = request.orderedOn();
        measure.reportId = request.reportId();
        measure.status = MeasureStatus.ORDERED;
        measure.createdAt = now;
        measure.updatedAt = now;
        measures.persist(measure);
        append(caller, measure, MeasureStatus.ORDERED, request.legalBasis().strip(), now);
        measures.flush();
        auditLog.record(caller, AuditAction.CREATE, audited(measure), null, measure.kind.name());
        outbox.publish(
                "asset-measure",
                "ordered",
                measure.id,
                measure.sovereignty,
                Map.of(
                        "reference",
                        measure.reference,
                        "kind",
                        measure.kind.name(),
                        "assetKind",
                        measure.assetKind.name()));
        return measure;
    }

    @Transactional
    public AssetMeasure get(Caller caller, UUID id) {
        AssetMeasure measure = measures.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        Hibernate.initialize(measure.history);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(measure)), null);
        return measure;
    }

    @Transactional
    public List<AssetMeasure> search(
            Caller caller, MeasureKind kind, UUID reportId, Instant afterCreated, UUID afterId, int fetch) {
        List<AssetMeasure> found = measures.search(caller, kind, reportId, afterCreated, afterId, fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(AssetMeasureService::audited).toList(),
                null);
        return found;
    }

    /** Only the owning FIU moves its measure; an impossible step (lifting a lifted freeze …) is a conflict. */
    @Transactional
    public AssetMeasure changeStatus(Caller caller, UUID id, String ifMatch, MeasureStatus next, String note) {
        AssetMeasure measure = measures.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        if (!measure.sovereignty.isOwnedBy(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "measure.not-owner");
        }
        Versions.requireMatch(ifMatch, measure.version);
        if (!measure.status.mayBecome(next, measure.kind)) {
            throw new ProblemException(ProblemType.CONFLICT, "measure.not-allowed-transition", measure.status, next);
        }
        // Loaded before appending: a lazy bag would queue the addition and leave the view without the history.
        Hibernate.initialize(measure.history);
        Instant now = clock.instant();
        MeasureStatus previous = measure.status;
        measure.status = next;
        measure.updatedAt = now;
        append(caller, measure, next, note.strip(), now);
        measures.flush();
        auditLog.record(caller, AuditAction.UPDATE, audited(measure), note, previous + " -> " + next);
        outbox.publish(
                "asset-measure",
                "status-changed",
                measure.id,
                measure.sovereignty,
                Map.of("reference", measure.reference, "from", previous.name(), "to", next.name()));
        return measure;
    }

    private void validate(Caller caller, AssetMeasureCommand request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if ((request.value() == null) != (request.currency() == null)) {
            errors.add(new Problem.FieldError(
                    request.value() == null ? "value" : "currency", "measure.value-with-currency"));
        }
        if (request.value() != null) {
            if (request.value().signum() < 0) {
                errors.add(new Problem.FieldError("value", "report.negative-amount"));
            }
            if (request.value().scale() > 4
                    || request.value().precision() - request.value().scale() > 15) {
                errors.add(new Problem.FieldError("value", "report.amount-precision"));
            }
        }
        if (request.currency() != null && !Currencies.isKnown(request.currency())) {
            errors.add(new Problem.FieldError("currency", "report.unknown-currency"));
        }
        // A measure may only point at a report its author sees: no probing of other FIUs' report ids.
        if (request.reportId() != null
                && reports.findVisibleById(caller, request.reportId()).isEmpty()) {
            errors.add(new Problem.FieldError("reportId", "measure.unknown-report"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
    }

    private static void append(Caller caller, AssetMeasure measure, MeasureStatus status, String note, Instant at) {
        AssetMeasureStatusChange change = new AssetMeasureStatusChange();
        change.id = UUID.randomUUID();
        change.measure = measure;
        change.status = status;
        change.note = note;
        change.changedBy = caller.username();
        change.changedAt = at;
        measure.history.add(change);
        Panache.getEntityManager().persist(change);
    }

    static AuditedRecord audited(AssetMeasure measure) {
        return AuditedRecord.of(
                RECORD_TYPE, measure.id, measure.sovereignty, measure.reference, measure.assetDescription);
    }
}
