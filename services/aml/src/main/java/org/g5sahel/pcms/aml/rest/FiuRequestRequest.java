package org.g5sahel.pcms.aml.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.aml.model.Urgency;
import org.g5sahel.pcms.aml.model.Usefulness;
import org.g5sahel.pcms.aml.service.FiuRequestCommand;
import org.g5sahel.pcms.commons.text.IdentifierText;

/** A request for information to another State's FIU; purpose and foreseen use are required (Egmont principles). */
public record FiuRequestRequest(
        @NotBlank @Schema(example = "NE-FIU") String answeringAgency,

        @NotBlank @Size(max = 2000) @Schema(example = "Analyse d'un réseau de collecte hawala Gao–Niamey")
        String purpose,

        @NotBlank
        @Size(max = 2000)
        @Schema(example = "Renseignement financier ; transmission au parquet sous réserve d'accord")
        String foreseenUse,

        @NotNull Urgency urgency,
        @NotNull LocalDate dueDate,
        @NotBlank @Size(max = 4000) String question,
        @Size(max = 50) @IdentifierText List<@NotBlank @Size(max = 300) String> subjectNames) {

    /** The answering FIU's reply. */
    public record Reply(@NotBlank @Size(max = 8000) String reply) {}

    /** The requesting FIU asks leave to pass the reply on to these law-enforcement agencies. */
    public record ConsentRequest(
            @NotNull @Size(min = 1, max = 10) List<@NotBlank String> recipients,
            @NotBlank @Size(max = 2000) String purpose) {}

    /** The answering FIU's decision, with its conditions (e.g. "intelligence only, not as evidence"). */
    public record ConsentDecision(
            @NotNull Boolean granted, @Size(max = 2000) String conditions) {}

    /** Passing the reply on to one law-enforcement agency covered by the consent. */
    public record Dissemination(
            @NotBlank String recipient,
            @NotBlank @Size(max = 2000) String purpose) {}

    /** How useful the reply was, closing the request. */
    public record Feedback(
            @NotNull Usefulness usefulness,
            @Size(max = 4000) String feedback) {}

    public FiuRequestCommand command() {
        return new FiuRequestCommand(answeringAgency, purpose, foreseenUse, urgency, dueDate, question, subjectNames);
    }
}
