package org.g5sahel.pcms.commons.sovereignty;

import java.time.LocalDate;
import java.util.List;

/** The sovereignty fields of a record as clients read them. */
public record SovereigntyView(
        String ownerState,
        String ownerAgency,
        Distribution distribution,
        List<String> sharedWith,
        List<String> grantedTo,
        HandlingCode handlingCode,
        String handlingRestriction,
        String evaluation,
        LocalDate reviewBy,
        boolean discoverable) {

    public static SovereigntyView of(Sovereignty sovereignty) {
        return new SovereigntyView(
                sovereignty.ownerState(),
                sovereignty.ownerAgency(),
                sovereignty.distribution(),
                sovereignty.sharedWith(),
                sovereignty.grantedTo(),
                sovereignty.handlingCode(),
                sovereignty.handlingRestriction(),
                sovereignty.sourceReliability().name() + sovereignty.informationAccuracy(),
                sovereignty.reviewBy(),
                sovereignty.discoverable());
    }
}
