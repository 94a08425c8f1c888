package org.g5sahel.pcms.training.service;

import java.time.LocalDate;
import java.util.UUID;

/** An officer proposed for immersion, as {@link PlacementService} takes the proposal. */
public record PlacementCommand(
        UUID contactId, String hostAgency, LocalDate startDate, LocalDate endDate, String objectives) {}
