package org.g5sahel.pcms.firearms.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;
import org.g5sahel.pcms.firearms.model.SeizedFirearm;
import org.g5sahel.pcms.firearms.model.Seizure;
import org.g5sahel.pcms.firearms.service.Hit;

public record SeizureView(
        UUID id,
        String reference,
        LocalDate seizedOn,
        String place,
        String caseReference,
        String circumstances,
        List<Item> firearms,
        SovereigntyView sharing,
        Instant createdAt,
        long version) {

    /**
     * @param diversionHit the record of another State this firearm matched — reported lost or stolen (its
     *                     {@code status} says so) or else licit — as a hit reveals it (absent when none matched or
     *                     the owner made its record non-discoverable)
     */
    public record Item(UUID firearmId, boolean newlyRegistered, FirearmHitView diversionHit) {

        static Item of(SeizedFirearm item, HitViews hitViews) {
            FirearmHitView hit = item.matchedFirearmId == null || !Boolean.TRUE.equals(item.matchedDiscoverable)
                    ? null
                    : hitViews.of(new Hit(
                            item.matchedFirearmId,
                            item.matchedOwnerState,
                            item.matchedOwnerAgency,
                            item.matchedStatus,
                            item.matchedReportedOn));
            return new Item(item.firearmId, item.newlyRegistered, hit);
        }
    }

    public static SeizureView of(Seizure seizure, HitViews hitViews) {
        return new SeizureView(
                seizure.id,
                seizure.reference,
                seizure.seizedOn,
                seizure.place,
                seizure.caseReference,
                seizure.circumstances,
                seizure.items.stream().map(item -> Item.of(item, hitViews)).toList(),
                SovereigntyView.of(seizure.sovereignty),
                seizure.createdAt,
                seizure.version);
    }
}
