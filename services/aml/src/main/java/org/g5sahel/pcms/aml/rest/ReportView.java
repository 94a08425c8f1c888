package org.g5sahel.pcms.aml.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.AccountKind;
import org.g5sahel.pcms.aml.model.Channel;
import org.g5sahel.pcms.aml.model.Report;
import org.g5sahel.pcms.aml.model.ReportKind;
import org.g5sahel.pcms.aml.model.ReportSource;
import org.g5sahel.pcms.aml.model.SubjectKind;
import org.g5sahel.pcms.aml.model.SubjectRole;
import org.g5sahel.pcms.aml.screening.Explanation;
import org.g5sahel.pcms.aml.service.ReportService;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;

/** A report as its readers see it; lists leave out subjects, accounts and transactions. */
public record ReportView(
        UUID id,
        String reference,
        ReportKind kind,
        ReportSource source,
        String reportingEntity,
        String reportingBranch,
        String entityReference,
        Instant submissionDate,
        String localCurrency,
        String reason,
        String action,
        List<String> indicators,
        List<SubjectView> subjects,
        List<AccountView> accounts,
        List<TransactionView> transactions,
        List<GoodsView> goods,
        List<HitView> screeningHits,
        List<DisseminationView> disseminations,
        SovereigntyView sharing,
        Instant createdAt,
        Instant updatedAt) {

    public record SubjectView(
            UUID id,
            SubjectKind kind,
            SubjectRole role,
            String roleCode,
            String fullName,
            LocalDate birthDate,
            String nationality,
            String idNumber,
            String reason) {}

    public record AccountView(
            UUID id, AccountKind kind, String institution, String number, String currency, UUID holderSubjectId) {}

    public record TransactionView(
            UUID id,
            String number,
            Instant occurredAt,
            BigDecimal amount,
            String currency,
            Channel channel,
            String description,
            UUID fromSubjectId,
            UUID fromAccountId,
            UUID toSubjectId,
            UUID toAccountId,
            List<UUID> otherSubjectIds) {}

    public record GoodsView(
            UUID id,
            UUID transactionId,
            String itemType,
            String itemMake,
            String description,
            BigDecimal estimatedValue,
            BigDecimal disposedValue,
            String currency,
            BigDecimal size,
            String sizeUnit,
            String statusCode,
            LocalDate registrationDate,
            String registrationNumber,
            String identificationNumber,
            String previouslyRegisteredTo,
            String presentlyRegisteredTo,
            String comments) {}

    /** A screening hit names the list, the entry's reference and its programme, not only the internal entry id. */
    /** A screening hit of a subject; {@code because}: the matching engine's sentences in the reader's language. */
    public record HitView(
            UUID id,
            UUID subjectId,
            UUID entryId,
            String listCode,
            String listName,
            String referenceNumber,
            String programme,
            String listedName,
            BigDecimal score,
            Explanation explanation,
            List<String> because,
            Instant screenedAt) {}

    public record DisseminationView(
            List<String> recipients, String purpose, String disseminatedBy, Instant disseminatedAt) {}

    public static ReportView summary(Report report) {
        return new ReportView(
                report.id,
                report.reference,
                report.kind,
                report.source,
                report.reportingEntity,
                report.reportingBranch,
                report.entityReference,
                report.submissionDate,
                report.localCurrency,
                report.reason,
                report.action,
                report.indicators,
                null,
                null,
                null,
                null,
                null,
                null,
                SovereigntyView.of(report.sovereignty),
                report.createdAt,
                report.updatedAt);
    }

    /** A report in full, its screening hits explained in {@code locale}. */
    public static ReportView of(ReportService.Detail detail, Locale locale) {
        Report report = detail.report();
        return new ReportView(
                report.id,
                report.reference,
                report.kind,
                report.source,
                report.reportingEntity,
                report.reportingBranch,
                report.entityReference,
                report.submissionDate,
                report.localCurrency,
                report.reason,
                report.action,
                report.indicators,
                report.subjects.stream()
                        .map(s -> new SubjectView(
                                s.id,
                                s.kind,
                                s.role,
                                s.roleCode,
                                s.fullName,
                                s.birthDate,
                                s.nationality,
                                s.idNumber,
                                s.reason))
                        .toList(),
                report.accounts.stream()
                        .map(a -> new AccountView(a.id, a.kind, a.institution, a.number, a.currency, a.holderSubjectId))
                        .toList(),
                report.transactions.stream()
                        .map(t -> new TransactionView(
                                t.id,
                                t.number,
                                t.occurredAt,
                                money(t.amount),
                                t.currency,
                                t.channel,
                                t.description,
                                t.fromSubjectId,
                                t.fromAccountId,
                                t.toSubjectId,
                                t.toAccountId,
                                t.otherSubjectIds))
                        .toList(),
                report.goods.stream()
                        .map(g -> new GoodsView(
                                g.id,
                                g.transactionId,
                                g.itemType,
                                g.itemMake,
                                g.description,
                                money(g.estimatedValue),
                                money(g.disposedValue),
                                g.currency,
                                g.size == null
                                        ? null
                                        : new BigDecimal(
                                                g.size.stripTrailingZeros().toPlainString()),
                                g.sizeUnit,
                                g.statusCode,
                                g.registrationDate,
                                g.registrationNumber,
                                g.identificationNumber,
                                g.previouslyRegisteredTo,
                                g.presentlyRegisteredTo,
                                g.comments))
                        .toList(),
                detail.hits().stream()
                        .map(h -> new HitView(
                                h.id,
                                h.subjectId,
                                h.entryId,
                                h.listCode,
                                h.listName,
                                h.referenceNumber,
                                h.programme,
                                h.listedName,
                                h.score,
                                h.explanation,
                                h.sentences.getOrDefault(locale.getLanguage(), List.of()),
                                h.screenedAt))
                        .toList(),
                detail.disseminations().stream()
                        .map(d -> new DisseminationView(d.recipients, d.purpose, d.disseminatedBy, d.disseminatedAt))
                        .toList(),
                SovereigntyView.of(report.sovereignty),
                report.createdAt,
                report.updatedAt);
    }

    /** An amount with at least two decimals and no trailing zeros beyond them, as money is written. */
    private static BigDecimal money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? amount.setScale(2) : stripped;
    }
}
