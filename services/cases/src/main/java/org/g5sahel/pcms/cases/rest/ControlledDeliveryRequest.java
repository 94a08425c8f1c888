package org.g5sahel.pcms.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.cases.model.ControlledDelivery;
import org.g5sahel.pcms.cases.model.DeliveryLeg;
import org.g5sahel.pcms.cases.service.ControlledDeliveryCommand;

/** A controlled delivery as the case owner plans it: the route, in order, from origin to destination. */
public record ControlledDeliveryRequest(
        @NotNull @Schema(description = "The owner's case the delivery belongs to")
        UUID caseId,

        @NotBlank @Size(max = 2000) @Schema(example = "12 kg de résine de cannabis dans un camion-citerne")
        String consignment,

        @NotNull Instant plannedStart,
        @NotNull Instant plannedEnd,
        @NotNull @Size(min = 2, max = 10) List<@Valid @NotNull Leg> route) {

    public record Leg(
            @NotNull @Pattern(regexp = "^[A-Z]{2}$") String state,
            @NotNull DeliveryLeg.Role role,

            @NotBlank @Size(max = 300) @Schema(example = "Poste frontière de Labbezanga")
            String handoverPoint) {

        ControlledDeliveryCommand.Leg command() {
            return new ControlledDeliveryCommand.Leg(state, role, handoverPoint);
        }
    }

    public record Authorisation(
            @NotBlank @Size(max = 200) @Schema(example = "Procureur de la République, Niamey")
            String authority,

            @NotBlank @Size(max = 100) String reference,
            @NotNull LocalDate date) {

        public ControlledDeliveryCommand.Authorisation command() {
            return new ControlledDeliveryCommand.Authorisation(authority, reference, date);
        }
    }

    public record Conclusion(
            @NotNull ControlledDelivery.Outcome outcome,
            @NotBlank @Size(max = 5000) String detail) {

        public ControlledDeliveryCommand.Conclusion command() {
            return new ControlledDeliveryCommand.Conclusion(outcome, detail);
        }
    }

    public ControlledDeliveryCommand command() {
        return new ControlledDeliveryCommand(
                caseId,
                consignment,
                plannedStart,
                plannedEnd,
                route.stream().map(Leg::command).toList());
    }
}
