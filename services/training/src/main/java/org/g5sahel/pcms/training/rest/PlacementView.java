package org.g5sahel.pcms.training.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;
import org.g5sahel.pcms.training.model.Placement;
import org.g5sahel.pcms.training.model.PlacementStatus;

public record PlacementView(
        UUID id,
        UUID contactId,
        String officerName,
        String officerAgency,
        String officerState,
        String hostAgency,
        String hostState,
        LocalDate startDate,
        LocalDate endDate,
        String objectives,
        PlacementStatus status,
        String decisionReason,
        String decidedBy,
        SovereigntyView sharing,
        long version) {

    public static PlacementView of(Placement placement) {
        return new PlacementView(
                placement.id,
                placement.contactId,
                placement.officerName,
                placement.officerAgency,
                placement.officerState,
                placement.hostAgency,
                placement.hostState,
                placement.startDate,
                placement.endDate,
                placement.objectives,
                placement.status,
                placement.decisionReason,
                placement.decidedBy,
                SovereigntyView.of(placement.sovereignty),
                placement.version);
    }
}
