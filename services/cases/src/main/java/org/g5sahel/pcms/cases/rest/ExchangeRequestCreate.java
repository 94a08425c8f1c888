package org.g5sahel.pcms.cases.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.cases.model.RequestType;
import org.g5sahel.pcms.cases.model.Urgency;
import org.g5sahel.pcms.cases.service.ExchangeRequestCommand;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;
import org.g5sahel.pcms.commons.sovereignty.SourceReliability;

/** An information-exchange request as the sending officer writes it. */
@Schema(name = "ExchangeRequestCreate")
public record ExchangeRequestCreate(
        @NotNull RequestType type,

        @Schema(description = "The sender's case the request belongs to; recipients never see the case")
        UUID caseId,

        @NotEmpty @Size(max = 20) @Schema(example = "[\"NE-OCRTIS\"]")
        List<@NotNull @Pattern(regexp = CaseRequest.AGENCY_CODE) String> recipients,

        @NotNull Urgency urgency,

        @Schema(description = "Default: 24 h for IMMEDIATE, 3 days for URGENT, 15 days for ROUTINE")
        Instant dueAt,

        @NotBlank @Size(max = 300) @Schema(example = "Identification d'un véhicule vu à Assamaka")
        String subject,

        @NotBlank @Size(max = 20000) String body,

        @NotBlank @Size(max = 2000) @Schema(example = "Enquête sur une filière de cocaïne Gao – Agadez")
        String purpose,

        @NotBlank
        @Size(max = 500)
        @Schema(example = "Accord de coopération en matière de police criminelle G5 Sahel, art. 5")
        String legalBasis,

        @NotNull HandlingCode handlingCode,
        @Size(max = 500) String handlingRestriction,
        @NotNull SourceReliability sourceReliability,
        @NotNull @Min(1) @Max(4) Integer informationAccuracy) {

    public ExchangeRequestCommand command() {
        return new ExchangeRequestCommand(
                type,
                caseId,
                recipients,
                urgency,
                dueAt,
                subject,
                body,
                purpose,
                legalBasis,
                handlingCode,
                handlingRestriction,
                sourceReliability,
                informationAccuracy);
    }
}
