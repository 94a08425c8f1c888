package org.g5sahel.pcms.aml.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.aml.model.AccountKind;
import org.g5sahel.pcms.aml.model.Channel;
import org.g5sahel.pcms.aml.model.ReportKind;
import org.g5sahel.pcms.aml.model.SubjectKind;
import org.g5sahel.pcms.aml.model.SubjectRole;
import org.g5sahel.pcms.aml.service.ReportCommand;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.text.IdentifierText;

/**
 * A report as entered by the FIU or read from a goAML file. Subjects and accounts carry a {@code key} local to the
 * request, by which accounts name their holder and transactions their parties.
 */
@Schema(description = "A report of any goAML report code (STR, SAR, CTR, AIF, DPMSR, ECDD …)")
public record ReportRequest(
        @NotNull @Schema(example = "STR") ReportKind kind,

        @NotBlank @Size(max = 200) @Schema(example = "Ecobank Niger")
        String reportingEntity,

        @Size(max = 100) String reportingBranch,

        @Size(max = 100)
        @IdentifierText
        @Schema(description = "The reporting entity's own reference", example = "ECO-STR-2026-0042")
        String entityReference,

        @NotNull Instant submissionDate,

        @Pattern(regexp = "^[A-Z]{3}$") @Schema(example = "XOF")
        String localCurrency,

        @Size(max = 8000) @Schema(description = "Optional where each reported party gives its own reason")
        String reason,

        @Size(max = 4000) String action,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> indicators,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Subject> subjects,
        @Size(max = 500) List<@Valid @NotNull Account> accounts,
        @Size(max = 5000) List<@Valid @NotNull Transaction> transactions,
        @Size(max = 1000) List<@Valid @NotNull Goods> goods,
        @Valid SharingTerms sharing) {

    public record Subject(
            @NotBlank @Size(max = 50) @Schema(example = "s1")
            String key,

            @NotNull SubjectKind kind,
            @NotNull SubjectRole role,

            @Size(max = 300)
            @IdentifierText
            @Schema(description = "Full name, or built from first and last name", example = "Oumar Ould Mohamed")
            String fullName,

            @Size(max = 150) @IdentifierText String firstName,
            @Size(max = 150) @IdentifierText String lastName,
            LocalDate birthDate,

            @Pattern(regexp = "^[A-Z]{2}$") @Schema(example = "MR")
            String nationality,

            @Size(max = 100) @IdentifierText String idNumber,

            @Size(max = 20) @Schema(description = "Role as the goAML file gives it", example = "DIR")
            String roleCode,

            @Size(max = 8000) @Schema(description = "Why this party is reported")
            String reason) {

        ReportCommand.Subject command() {
            return new ReportCommand.Subject(
                    key, kind, role, fullName, firstName, lastName, birthDate, nationality, idNumber, roleCode, reason);
        }
    }

    public record Account(
            @NotBlank @Size(max = 50) @Schema(example = "a1")
            String key,

            @NotNull AccountKind kind,

            @NotBlank @Size(max = 200) @Schema(example = "Orange Money Niger")
            String institution,

            @NotBlank @Size(max = 100) @IdentifierText @Schema(example = "+22790112233")
            String number,

            @Pattern(regexp = "^[A-Z]{3}$") String currency,

            @Size(max = 50) @Schema(description = "key of the holding subject")
            String holder) {

        ReportCommand.Account command() {
            return new ReportCommand.Account(key, kind, institution, number, currency, holder);
        }
    }

    public record Transaction(
            @Size(max = 100) String number,
            @NotNull Instant occurredAt,
            @NotNull @Schema(example = "2500000.00") BigDecimal amount,

            @NotNull @Pattern(regexp = "^[A-Z]{3}$") @Schema(example = "XOF")
            String currency,

            @NotNull Channel channel,
            @Size(max = 2000) String description,
            @Size(max = 50) String fromSubject,
            @Size(max = 50) String fromAccount,
            @Size(max = 50) String toSubject,
            @Size(max = 50) String toAccount,

            @Size(max = 50) @Schema(description = "keys of other parties, neither paying nor paid")
            List<@NotBlank @Size(max = 50) String> otherSubjects) {

        ReportCommand.Transaction command() {
            return new ReportCommand.Transaction(
                    number,
                    occurredAt,
                    amount,
                    currency,
                    channel,
                    description,
                    fromSubject,
                    fromAccount,
                    toSubject,
                    toAccount,
                    otherSubjects);
        }
    }

    public record Goods(
            @NotBlank @Size(max = 20) @Schema(description = "goAML item type", example = "GOLD")
            String itemType,

            @Size(max = 255) String itemMake,
            @Size(max = 8000) String description,
            @Schema(example = "41500000.00") BigDecimal estimatedValue,
            BigDecimal disposedValue,

            @Pattern(regexp = "^[A-Z]{3}$") @Schema(description = "of both values", example = "XOF")
            String currency,

            @Schema(description = "size or weight", example = "1250")
            BigDecimal size,

            @Size(max = 250) @Schema(example = "g") String sizeUnit,
            @Size(max = 20) @Schema(example = "SOLD") String statusCode,
            LocalDate registrationDate,
            @Size(max = 255) String registrationNumber,
            @Size(max = 255) String identificationNumber,
            @Size(max = 255) String previouslyRegisteredTo,
            @Size(max = 255) String presentlyRegisteredTo,
            @Size(max = 8000) String comments,

            @Size(max = 100) @Schema(description = "number of the transaction the goods were exchanged in")
            String transactionNumber) {

        ReportCommand.Goods command() {
            return new ReportCommand.Goods(
                    itemType,
                    itemMake,
                    description,
                    estimatedValue,
                    disposedValue,
                    currency,
                    size,
                    sizeUnit,
                    statusCode,
                    registrationDate,
                    registrationNumber,
                    identificationNumber,
                    previouslyRegisteredTo,
                    presentlyRegisteredTo,
                    comments,
                    transactionNumber);
        }
    }

    public ReportCommand command() {
        return new ReportCommand(
                kind,
                reportingEntity,
                reportingBranch,
                entityReference,
                submissionDate,
                localCurrency,
                reason,
                action,
                indicators,
                subjects == null
                        ? null
                        : subjects.stream().map(Subject::command).toList(),
                accounts == null
                        ? null
                        : accounts.stream().map(Account::command).toList(),
                transactions == null
                        ? null
                        : transactions.stream().map(Transaction::command).toList(),
                goods == null ? null : goods.stream().map(Goods::command).toList(),
                sharing);
    }
}
