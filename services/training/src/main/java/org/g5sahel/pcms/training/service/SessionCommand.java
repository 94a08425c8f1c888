package org.g5sahel.pcms.training.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/** A session as {@link SessionService} creates or replaces it; {@code sharing} applies at creation only. */
public record SessionCommand(
        UUID courseId,
        LocalDate startDate,
        LocalDate endDate,
        String hostAgency,
        String venue,
        List<String> trainers,
        String language,
        Integer capacity,
        Map<String, Integer> quotas,
        boolean openForNominations,
        SharingTerms sharing) {}
