package org.g5sahel.pcms.aml.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.g5sahel.pcms.aml.model.AccountKind;
import org.g5sahel.pcms.aml.model.Channel;
import org.g5sahel.pcms.aml.model.ReportKind;
import org.g5sahel.pcms.aml.model.SubjectKind;
import org.g5sahel.pcms.aml.model.SubjectRole;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/**
 * A report as {@link ReportService} records it, entered through the API or read from a goAML file. Subjects and
 * accounts carry a {@code key} local to the report, by which accounts name their holder and transactions their parties.
 */
public record ReportCommand(
        ReportKind kind,
        String reportingEntity,
        String reportingBranch,
        String entityReference,
        Instant submissionDate,
        String localCurrency,
        String reason,
        String action,
        List<String> indicators,
        List<Subject> subjects,
        List<Account> accounts,
        List<Transaction> transactions,
        List<Goods> goods,
        SharingTerms sharing) {

    public record Subject(
            String key,
            SubjectKind kind,
            SubjectRole role,
            String fullName,
            String firstName,
            String lastName,
            LocalDate birthDate,
            String nationality,
            String idNumber,
            String roleCode,
            String reason) {}

    public record Account(
            String key, AccountKind kind, String institution, String number, String currency, String holder) {}

    public record Transaction(
            String number,
            Instant occurredAt,
            BigDecimal amount,
            String currency,
            Channel channel,
            String description,
            String fromSubject,
            String fromAccount,
            String toSubject,
            String toAccount,
            List<String> otherSubjects) {}

    public record Goods(
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
            String comments,
            String transactionNumber) {}
}
