package org.g5sahel.pcms.aml.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.g5sahel.pcms.aml.model.AccountKind;
import org.g5sahel.pcms.aml.model.Report;
import org.g5sahel.pcms.aml.model.ReportAccount;
import org.g5sahel.pcms.aml.model.ReportDissemination;
import org.g5sahel.pcms.aml.model.ReportGoods;
import org.g5sahel.pcms.aml.model.ReportKind;
import org.g5sahel.pcms.aml.model.ReportSource;
import org.g5sahel.pcms.aml.model.ReportSubject;
import org.g5sahel.pcms.aml.model.ReportTransaction;
import org.g5sahel.pcms.aml.model.ScreeningHit;
import org.g5sahel.pcms.aml.model.SubjectKind;
import org.g5sahel.pcms.aml.repository.ReportDetailRepository;
import org.g5sahel.pcms.aml.repository.ReportRepository;
import org.g5sahel.pcms.aml.screening.IndexedEntry;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.correlation.IdentifierFeed;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.reference.ReferenceNumbers;
import org.g5sahel.pcms.commons.rest.SearchText;
import org.g5sahel.pcms.commons.rest.Versions;
import org.g5sahel.pcms.commons.sovereignty.Audience;
import org.g5sahel.pcms.commons.sovereignty.Audiences;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingChanges;
import org.g5sahel.pcms.commons.sovereignty.SharingPreview;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Reports of the FIUs: created from JSON or goAML, owned by the receiving FIU (default distribution AGENCY), screened
 * automatically, disseminated to law enforcement only by an explicit act of the owner.
 */
@ApplicationScoped
public class ReportService {

    public static final String RECORD_TYPE = "aml-report";
    /** Nominal financial intelligence: re-confirmed after five years like other nominal data (DESIGN §2). */
    private static final Period REVIEW_PERIOD = Period.ofYears(5);

    private static final SharingChanges.Kind<Report> SHARED = SharingChanges.Kind.of(
            ReportService::audited,
            report -> report.sovereignty,
            report -> report.version,
            (report, now) -> report.updatedAt = now);

    private final ReportRepository reports;
    private final ReportDetailRepository details;
    private final ScreeningService screening;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final Audiences audiences;
    private final IdentifierKeys identifierKeys;
    private final IdentifierFeed identifierFeed;
    private final Clock clock;
    private final SharingChanges sharingChanges;
    private final ReferenceNumbers referenceNumbers;

    public ReportService(
            ReportRepository reports,
            ReportDetailRepository details,
            ScreeningService screening,
            AuditLog auditLog,
            Outbox outbox,
            Audiences audiences,
            IdentifierKeys identifierKeys,
            IdentifierFeed identifierFeed,
            Clock clock,
            SharingChanges sharingChanges,
            ReferenceNumbers referenceNumbers) {
        this.reports = reports;
        this.details = details;
        this.screening = screening;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.audiences = audiences;
        this.identifierKeys = identifierKeys;
        this.identifierFeed = identifierFeed;
        this.clock = clock;
        this.sharingChanges = sharingChanges;
        this.referenceNumbers = referenceNumbers;
    }

    /** A report with what its reader may see of it. */
    public record Detail(Report report, List<ScreeningHit> hits, List<ReportDissemination> disseminations) {

        /** Built inside the transaction: the report's rows are loaded here, for the view rendered after it. */
        public Detail {
            org.hibernate.Hibernate.initialize(report.subjects);
            org.hibernate.Hibernate.initialize(report.accounts);
            org.hibernate.Hibernate.initialize(report.transactions);
            org.hibernate.Hibernate.initialize(report.goods);
        }
    }

    @Transactional
    public Detail create(Caller caller, ReportCommand request, ReportSource source) {
        validate(request);
        if (request.entityReference() != null
                && reports.count(
                                "sovereignty.ownerAgency = ?1 and reportingEntity = ?2" + " and entityReference = ?3",
                                caller.agency(),
                                request.reportingEntity(),
                                request.entityReference())
                        > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "report.duplicate", request.entityReference());
        }
        Instant now = clock.instant();
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.sovereignty = Sovereignty.ownedBy(
                caller, request.sharing(), Distribution.AGENCY, REVIEW_PERIOD, LocalDate.now(clock));
        report.reference =
                referenceNumbers.next(caller.state(), request.kind().name(), Year.from(now.atZone(ZoneOffset.UTC)));
        report.kind = request.kind();
        report.source = source;
        report.reportingEntity = request.reportingEntity().strip();
        report.reportingBranch = request.reportingBranch();
        report.entityReference = request.entityReference();
        report.submissionDate = request.submissionDate();
        report.localCurrency = request.localCurrency();
        report.reason = request.reason();
        report.action = request.action();
        report.indicators = new ArrayList<>(request.indicators() == null ? List.of() : request.indicators());
        report.createdAt = now;
        report.updatedAt = now;
        Map<String, ReportSubject> subjectsByKey = new HashMap<>();
        int position = 0;
        for (ReportCommand.Subject requested : request.subjects()) {
            ReportSubject subject = new ReportSubject();
            subject.id = UUID.randomUUID();
            subject.report = report;
            subject.kind = requested.kind();
            subject.role = requested.role();
            subject.firstName = requested.firstName();
            subject.lastName = requested.lastName();
            subject.fullName = fullName(requested);
            subject.birthDate = requested.birthDate();
            subject.nationality = requested.nationality();
            subject.idNumber =
                    requested.idNumber() == null ? null : IndexedEntry.normaliseDocument(requested.idNumber());
            subject.roleCode = requested.roleCode();
            subject.reason = requested.reason();
            subject.searchText = SearchText.of(subject.fullName, subject.idNumber);
            subject.position = position++;
            report.subjects.add(subject);
            subjectsByKey.put(requested.key(), subject);
        }
        Map<String, ReportAccount> accountsByKey = new HashMap<>();
        position = 0;
        for (ReportCommand.Account requested : list(request.accounts())) {
            ReportAccount account = new ReportAccount();
            account.id = UUID.randomUUID();
            account.report = report;
            account.kind = requested.kind();
            account.institution = requested.institution().strip();
            account.number = IndexedEntry.normaliseDocument(requested.number());
            account.currency = requested.currency();
            account.holderSubjectId = requested.holder() == null ? null : subjectsByKey.get(requested.holder()).id;
            account.position = position++;
            report.accounts.add(account);
            accountsByKey.put(requested.key(), account);
        }
        Map<String, ReportTransaction> transactionsByNumber = new HashMap<>();
        position = 0;
        for (ReportCommand.Transaction requested : list(request.transactions())) {
            ReportTransaction transaction = new ReportTransaction();
            transaction.id = UUID.randomUUID();
            transaction.report = report;
            transaction.number = requested.number();
            transaction.occurredAt = requested.occurredAt();
            transaction.amount = requested.amount();
            transaction.currency = requested.currency();
            transaction.channel = requested.channel();
            transaction.description = requested.description();
            transaction.fromSubjectId = idOf(subjectsByKey.get(requested.fromSubject()));
            transaction.toSubjectId = idOf(subjectsByKey.get(requested.toSubject()));
            transaction.fromAccountId =
                    requested.fromAccount() == null ? null : accountsByKey.get(requested.fromAccount()).id;
            transaction.toAccountId =
                    requested.toAccount() == null ? null : accountsByKey.get(requested.toAccount()).id;
            transaction.otherSubjectIds = new ArrayList<>(list(requested.otherSubjects()).stream()
                    .map(key -> subjectsByKey.get(key).id)
                    .toList());
            transaction.position = position++;
            report.transactions.add(transaction);
            if (requested.number() != null) {
                transactionsByNumber.putIfAbsent(requested.number(), transaction);
            }
        }
        position = 0;
        for (ReportCommand.Goods requested : list(request.goods())) {
            report.goods.add(
                    goods(report, requested, transactionsByNumber.get(requested.transactionNumber()), position++));
        }
        reports.persist(report);
        reports.flush();
        auditLog.record(caller, AuditAction.CREATE, audited(report), null, source.name());
        outbox.publish(
                "report",
                "received",
                report.id,
                report.sovereignty,
                Map.of(
                        "reference",
                        report.reference,
                        "kind",
                        report.kind.name(),
                        "source",
                        source.name(),
                        "subjects",
                        report.subjects.size(),
                        "transactions",
                        report.transactions.size(),
                        "goods",
                        report.goods.size()));
        publishIdentifiers(report);
        List<ScreeningHit> hits = screening.screenReport(caller, report);
        return new Detail(report, hits, List.of());
    }

    /**
     * The report's strong identifiers for the platform's correlation index: its persons' identity documents (a legal
     * entity's registration number is no identity document), its accounts' IBANs and numbers, and its wallets as the
     * phone numbers they are.
     */
    private void publishIdentifiers(Report report) {
        IdentifierFeed.Items items = new IdentifierFeed.Items();
        for (ReportSubject subject : report.subjects) {
            if (subject.kind == SubjectKind.PERSON && subject.idNumber != null) {
                items.add(subject.id, "subject", identifierKeys.document(null, subject.idNumber));
            }
        }
        for (ReportAccount account : report.accounts) {
            items.add(
                    account.id,
                    "account",
                    account.kind == AccountKind.MOBILE_MONEY
                            ? identifierKeys.phone(account.number, report.sovereignty.ownerState())
                            : identifierKeys.bankAccount(account.number));
        }
        identifierFeed.publish(RECORD_TYPE, report.id, report.reference, report.sovereignty, items);
    }

    private static ReportGoods goods(
            Report report, ReportCommand.Goods requested, ReportTransaction transaction, int position) {
        ReportGoods goods = new ReportGoods();
        goods.id = UUID.randomUUID();
        goods.report = report;
        goods.transactionId = transaction == null ? null : transaction.id;
        goods.itemType = requested.itemType().strip();
        goods.itemMake = requested.itemMake();
        goods.description = requested.description();
        goods.estimatedValue = requested.estimatedValue();
        goods.disposedValue = requested.disposedValue();
        goods.currency = requested.currency();
        goods.size = requested.size();
        goods.sizeUnit = requested.sizeUnit();
        goods.statusCode = requested.statusCode();
        goods.registrationDate = requested.registrationDate();
        goods.registrationNumber = requested.registrationNumber();
        goods.identificationNumber = requested.identificationNumber();
        goods.previouslyRegisteredTo = requested.previouslyRegisteredTo();
        goods.presentlyRegisteredTo = requested.presentlyRegisteredTo();
        goods.comments = requested.comments();
        goods.position = position;
        return goods;
    }

    @Transactional
    public Detail get(Caller caller, UUID id) {
        Report report = reports.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        auditLog.recordReads(caller, AuditAction.READ, List.of(audited(report)), null);
        return new Detail(report, details.hitsOf(id), details.disseminationsOf(id));
    }

    @Transactional
    public List<Report> search(
            Caller caller, ReportKind kind, String subject, Instant afterCreated, UUID afterId, int fetch) {
        List<Report> found = reports.search(
                caller,
                kind,
                subject == null ? null : SearchText.containsPattern(subject),
                afterCreated,
                afterId,
                fetch);
        auditLog.recordReads(
                caller,
                AuditAction.LIST,
                found.stream().map(ReportService::audited).toList(),
                null);
        return found;
    }

    /**
     * Dissemination to law enforcement: an explicit, audited act of the owning FIU (or its State's national
     * coordinator). The recipients are added to the report's sharing through {@link Sovereignty#changeSharing}.
     */
    @Transactional
    public Detail disseminate(Caller caller, UUID id, String ifMatch, List<String> recipients, String purpose) {
        Report report = reports.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        Versions.requireMatch(ifMatch, report.version);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String recipient = recipients.get(i);
            if (!AgencyCode.isValid(recipient)
                    || !Jurisdictions.isMemberState(AgencyCode.stateOf(recipient))
                    || recipient.equals(report.sovereignty.ownerAgency())) {
                errors.add(new Problem.FieldError("recipients[" + i + "]", "report.dissemination-recipient"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        Sovereignty sovereignty = report.sovereignty;
        Distribution distribution = sovereignty.distribution();
        if (distribution == Distribution.AGENCY
                || distribution == Distribution.NATIONAL
                || distribution == Distribution.SELECTED) {
            Set<String> sharedWith = new TreeSet<>(sovereignty.sharedWith());
            if (distribution == Distribution.NATIONAL) {
                sharedWith.add(sovereignty.ownerState());
            }
            sharedWith.addAll(recipients);
            sovereignty.changeSharing(
                    caller,
                    new SharingTerms(
                            Distribution.SELECTED,
                            List.copyOf(sharedWith),
                            sovereignty.handlingCode(),
                            sovereignty.handlingRestriction(),
                            null,
                            null,
                            null,
                            null));
        } else if (!sovereignty.maySharingBeChangedBy(caller)) {
            throw new ProblemException(ProblemType.SHARING_CHANGE_FORBIDDEN);
        }
        ReportDissemination dissemination = new ReportDissemination();
        dissemination.id = UUID.randomUUID();
        dissemination.reportId = report.id;
        dissemination.recipients = new ArrayList<>(recipients);
        dissemination.purpose = purpose;
        dissemination.disseminatedBy = caller.username();
        dissemination.disseminatedAt = clock.instant();
        Panache.getEntityManager().persist(dissemination);
        report.updatedAt = clock.instant();
        reports.flush();
        auditLog.record(
                caller,
                AuditAction.SHARING_CHANGE,
                audited(report),
                purpose,
                "DISSEMINATED to " + String.join(",", recipients));
        outbox.publish(
                "report",
                "disseminated",
                report.id,
                report.sovereignty,
                Map.of("reference", report.reference, "recipients", recipients));
        return new Detail(report, details.hitsOf(id), details.disseminationsOf(id));
    }

    @Transactional
    public Detail changeSharing(Caller caller, UUID id, String ifMatch, SharingTerms terms) {
        SharingChanges.Change<Report> change =
                sharingChanges.change(caller, reports.findVisibleById(caller, id), ifMatch, terms, SHARED);
        Report report = change.record();
        if (change.discoverabilityChanged()) {
            publishIdentifiers(report);
        }
        return new Detail(report, details.hitsOf(id), details.disseminationsOf(id));
    }

    /** Who can see the report today: for anyone who can read it. */
    @Transactional
    public Audience audience(Caller caller, UUID id) {
        Report report = reports.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        return audiences.of(caller, audited(report), report.sovereignty, readableBy(id));
    }

    /** What a change of sharing would do, for those who may make it; nothing is changed. */
    @Transactional
    public SharingPreview previewSharing(Caller caller, UUID id, SharingTerms terms) {
        Report report = reports.findVisibleById(caller, id).orElseThrow(ProblemException::notFound);
        return audiences.preview(caller, audited(report), report.sovereignty, terms, readableBy(id));
    }

    /** The read check of {@link #get}, for any caller. */
    private Predicate<Caller> readableBy(UUID id) {
        return reader -> reports.findVisibleById(reader, id).isPresent();
    }

    /** Checks that bean validation cannot: currencies, amounts, names, and the keys that tie the report together. */
    private static void validate(ReportCommand request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.localCurrency() != null && !Currencies.isKnown(request.localCurrency())) {
            errors.add(new Problem.FieldError("localCurrency", "report.unknown-currency"));
        }
        Set<String> subjectKeys = new java.util.HashSet<>();
        for (int i = 0; i < request.subjects().size(); i++) {
            ReportCommand.Subject subject = request.subjects().get(i);
            if (!subjectKeys.add(subject.key())) {
                errors.add(new Problem.FieldError("subjects[" + i + "].key", "report.duplicate-key"));
            }
            if (fullName(subject).isBlank()) {
                errors.add(new Problem.FieldError("subjects[" + i + "].fullName", "report.subject-name"));
            }
        }
        Set<String> accountKeys = new java.util.HashSet<>();
        List<ReportCommand.Account> accounts = list(request.accounts());
        for (int i = 0; i < accounts.size(); i++) {
            ReportCommand.Account account = accounts.get(i);
            if (!accountKeys.add(account.key())) {
                errors.add(new Problem.FieldError("accounts[" + i + "].key", "report.duplicate-key"));
            }
            if (account.holder() != null && !subjectKeys.contains(account.holder())) {
                errors.add(new Problem.FieldError("accounts[" + i + "].holder", "report.unknown-subject"));
            }
            if (account.currency() != null && !Currencies.isKnown(account.currency())) {
                errors.add(new Problem.FieldError("accounts[" + i + "].currency", "report.unknown-currency"));
            }
            if (IndexedEntry.normaliseDocument(account.number()).isEmpty()) {
                errors.add(new Problem.FieldError("accounts[" + i + "].number", "report.account-number"));
            }
        }
        List<ReportCommand.Transaction> transactions = list(request.transactions());
        for (int i = 0; i < transactions.size(); i++) {
            ReportCommand.Transaction transaction = transactions.get(i);
            String path = "transactions[" + i + "].";
            checkAmount(errors, path + "amount", transaction.amount());
            if (!Currencies.isKnown(transaction.currency())) {
                errors.add(new Problem.FieldError(path + "currency", "report.unknown-currency"));
            }
            checkKey(errors, path + "fromSubject", transaction.fromSubject(), subjectKeys);
            checkKey(errors, path + "toSubject", transaction.toSubject(), subjectKeys);
            checkKey(errors, path + "fromAccount", transaction.fromAccount(), accountKeys);
            checkKey(errors, path + "toAccount", transaction.toAccount(), accountKeys);
            List<String> others = list(transaction.otherSubjects());
            for (int j = 0; j < others.size(); j++) {
                checkKey(errors, path + "otherSubjects[" + j + "]", others.get(j), subjectKeys);
            }
            if (others.isEmpty()
                    && Stream.of(
                                    transaction.fromSubject(),
                                    transaction.toSubject(),
                                    transaction.fromAccount(),
                                    transaction.toAccount())
                            .allMatch(java.util.Objects::isNull)) {
                errors.add(new Problem.FieldError(path.substring(0, path.length() - 1), "report.transaction-party"));
            }
        }
        Set<String> transactionNumbers = transactions.stream()
                .map(ReportCommand.Transaction::number)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<ReportCommand.Goods> goods = list(request.goods());
        for (int i = 0; i < goods.size(); i++) {
            validateGoods(errors, "goods[" + i + "].", goods.get(i), transactionNumbers);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
    }

    private static void validateGoods(
            List<Problem.FieldError> errors, String path, ReportCommand.Goods goods, Set<String> transactionNumbers) {
        checkAmount(errors, path + "estimatedValue", goods.estimatedValue());
        checkAmount(errors, path + "disposedValue", goods.disposedValue());
        checkAmount(errors, path + "size", goods.size());
        if (goods.currency() != null && !Currencies.isKnown(goods.currency())) {
            errors.add(new Problem.FieldError(path + "currency", "report.unknown-currency"));
        }
        if (goods.currency() == null && (goods.estimatedValue() != null || goods.disposedValue() != null)) {
            errors.add(new Problem.FieldError(path + "currency", "report.goods-currency"));
        }
        if (goods.transactionNumber() != null && !transactionNumbers.contains(goods.transactionNumber())) {
            errors.add(new Problem.FieldError(path + "transactionNumber", "report.unknown-transaction"));
        }
    }

    /** An amount, value or size: not negative, at most 15 digits before the point and 4 after. */
    private static void checkAmount(List<Problem.FieldError> errors, String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            errors.add(new Problem.FieldError(field, "report.negative-amount"));
        }
        if (amount.scale() > 4 || amount.precision() - amount.scale() > 15) {
            errors.add(new Problem.FieldError(field, "report.amount-precision"));
        }
    }

    private static void checkKey(List<Problem.FieldError> errors, String field, String key, Set<String> known) {
        if (key != null && !known.contains(key)) {
            errors.add(new Problem.FieldError(
                    field, field.endsWith("Account") ? "report.unknown-account" : "report.unknown-subject"));
        }
    }

    private static String fullName(ReportCommand.Subject subject) {
        if (subject.fullName() != null && !subject.fullName().isBlank()) {
            return subject.fullName().strip();
        }
        return Stream.of(subject.firstName(), subject.lastName())
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static UUID idOf(ReportSubject subject) {
        return subject == null ? null : subject.id;
    }

    static AuditedRecord audited(Report report) {
        return AuditedRecord.of(
                RECORD_TYPE,
                report.id,
                report.sovereignty,
                report.reference,
                report.kind + " " + report.reportingEntity);
    }
}
