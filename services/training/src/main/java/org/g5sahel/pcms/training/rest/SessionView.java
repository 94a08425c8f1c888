package org.g5sahel.pcms.training.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;
import org.g5sahel.pcms.training.model.SessionStatus;
import org.g5sahel.pcms.training.model.TrainingSession;

/** A session; {@code acceptedSeats} is given to every reader, the nominations themselves only to those who may see them. */
public record SessionView(
        UUID id,
        UUID courseId,
        LocalDate startDate,
        LocalDate endDate,
        String hostState,
        String hostAgency,
        String venue,
        List<String> trainers,
        String language,
        int capacity,
        Map<String, Integer> quotas,
        long acceptedSeats,
        SessionStatus status,
        SovereigntyView sharing,
        long version) {

    public static SessionView of(TrainingSession session, long acceptedSeats) {
        return new SessionView(
                session.id,
                session.courseId,
                session.startDate,
                session.endDate,
                session.hostState,
                session.hostAgency,
                session.venue,
                List.copyOf(session.trainers),
                session.language,
                session.capacity,
                new TreeMap<>(session.quotas),
                acceptedSeats,
                session.status,
                SovereigntyView.of(session.sovereignty),
                session.version);
    }
}
