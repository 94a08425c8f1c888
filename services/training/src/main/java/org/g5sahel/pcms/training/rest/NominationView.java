package org.g5sahel.pcms.training.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.model.NominationStatus;

public record NominationView(
        UUID id,
        UUID sessionId,
        UUID contactId,
        String nomineeName,
        String nomineeAgency,
        String nomineeState,
        String motivation,
        NominationStatus status,
        Long waitlistPosition,
        String decisionReason,
        Integer assessmentScore,
        Boolean assessmentPassed,
        BigDecimal attendanceRate,
        Instant createdAt,
        SovereigntyView sharing,
        long version) {

    public static NominationView of(Nomination nomination) {
        return new NominationView(
                nomination.id,
                nomination.sessionId,
                nomination.contactId,
                nomination.nomineeName,
                nomination.nomineeAgency,
                nomination.nomineeState,
                nomination.motivation,
                nomination.status,
                nomination.waitlistPosition,
                nomination.decisionReason,
                nomination.assessmentScore,
                nomination.assessmentPassed,
                nomination.attendanceRate,
                nomination.createdAt,
                SovereigntyView.of(nomination.sovereignty),
                nomination.version);
    }
}
