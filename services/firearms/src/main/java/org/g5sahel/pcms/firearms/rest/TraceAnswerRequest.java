package org.g5sahel.pcms.firearms.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.firearms.model.TraceOutcome;
import org.g5sahel.pcms.firearms.service.TraceAnswerCommand;

/** The addressed State's answer: traced (last legal holder and transfers), not traced, or declined with a reason. */
@Schema(name = "TraceAnswerRequest")
public record TraceAnswerRequest(
        @NotNull @Schema(example = "TRACED") TraceOutcome outcome,

        @Size(max = 300) @Schema(example = "Gendarmerie nationale, brigade de Dori")
        String lastLegalHolder,

        @Size(max = 50) List<@NotNull @Valid Transfer> transferChain,

        @Size(max = 2000) @Schema(description = "Detail of the answer; the reason when declined")
        String detail) {

    /** One transfer, oldest first. */
    public record Transfer(
            @NotBlank @Size(max = 300) String from,
            @NotBlank @Size(max = 300) String to,
            LocalDate on,

            @Size(max = 200) @Schema(example = "Import licence 2004/117")
            String document) {

        TraceAnswerCommand.Transfer command() {
            return new TraceAnswerCommand.Transfer(from, to, on, document);
        }
    }

    public TraceAnswerCommand command() {
        return new TraceAnswerCommand(
                outcome,
                lastLegalHolder,
                transferChain == null
                        ? null
                        : transferChain.stream().map(Transfer::command).toList(),
                detail);
    }
}
