package org.g5sahel.pcms.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.ControlledDelivery;
import org.g5sahel.pcms.cases.model.DeliveryLeg;

/** A controlled delivery as {@link ControlledDeliveryService} plans it: the route in order, origin to destination. */
public record ControlledDeliveryCommand(
        UUID caseId, String consignment, Instant plannedStart, Instant plannedEnd, List<Leg> route) {

    public record Leg(String state, DeliveryLeg.Role role, String handoverPoint) {}

    /** A State's authorisation of its leg. */
    public record Authorisation(String authority, String reference, LocalDate date) {}

    public record Conclusion(ControlledDelivery.Outcome outcome, String detail) {}
}
