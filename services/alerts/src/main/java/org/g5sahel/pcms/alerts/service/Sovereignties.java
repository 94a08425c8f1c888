package org.g5sahel.pcms.alerts.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Notifications carry the sovereignty of the record they are about. Commons offers no copy, so the copy is rebuilt
 * through {@link Sovereignty#ownedBy} on behalf of the owner, with the source's exact terms.
 */
final class Sovereignties {

    private Sovereignties() {}

    /**
     * The same owner, distribution, recipients, handling, evaluation, review date and discoverability; {@code today}
     * (UTC) dates a review only where the source has none.
     */
    static Sovereignty copyOf(Sovereignty source, LocalDate today) {
        return Sovereignty.ownedBy(
                agencyAsCaller(source.ownerAgency(), source.ownerState()),
                new SharingTerms(
                        source.distribution(),
                        source.sharedWith(),
                        source.handlingCode(),
                        source.handlingRestriction(),
                        source.sourceReliability(),
                        source.informationAccuracy(),
                        source.reviewBy(),
                        source.discoverable()),
                source.distribution(),
                Period.ofYears(5),
                today);
    }

    /** The envelope of another service's event: its owner and distribution, as the event extensions carry them. */
    static Sovereignty ofEvent(
            String ownerState,
            String ownerAgency,
            Distribution distribution,
            List<String> sharedWith,
            Period reviewPeriod,
            LocalDate today) {
        // A SELECTED event that does not name its recipients reaches the owning State only: never wider than the
        // source, and never refused (a refused notification would be dead-lettered and lost to its owner).
        List<String> recipients = distribution == Distribution.SELECTED && (sharedWith == null || sharedWith.isEmpty())
                ? List.of(ownerState)
                : sharedWith;
        return Sovereignty.ownedBy(
                agencyAsCaller(ownerAgency, ownerState),
                new SharingTerms(distribution, recipients, null, null, null, null, null, null),
                distribution,
                reviewPeriod,
                today);
    }

    /** An agency as a caller without any role: what it may see by distribution alone. */
    static Caller agencyAsCaller(String agency, String state) {
        return new Caller("agency:" + agency, agency, state, agency, Set.of());
    }
}
