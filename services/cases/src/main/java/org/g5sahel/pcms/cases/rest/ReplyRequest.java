package org.g5sahel.pcms.cases.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.cases.service.ReplyCommand;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;
import org.g5sahel.pcms.commons.sovereignty.SourceReliability;

/** A message in a request's thread, with its own handling code and evaluation. */
public record ReplyRequest(
        @NotBlank @Size(max = 20000) String body,

        @Schema(description = "A recipient's answer to the request: its status becomes ANSWERED")
        boolean finalAnswer,

        @Size(max = 20) @Schema(description = "Sender only: the recipients addressed (default: all)")
        List<@NotNull @Pattern(regexp = CaseRequest.AGENCY_CODE) String> addressedTo,

        @NotNull HandlingCode handlingCode,
        @Size(max = 500) String handlingRestriction,
        @NotNull SourceReliability sourceReliability,
        @NotNull @Min(1) @Max(4) Integer informationAccuracy) {

    public ReplyCommand command() {
        return new ReplyCommand(
                body,
                finalAnswer,
                addressedTo,
                handlingCode,
                handlingRestriction,
                sourceReliability,
                informationAccuracy);
    }
}
