package org.g5sahel.pcms.firearms.rest;

import java.time.Instant;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;
import org.g5sahel.pcms.firearms.model.Firearm;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FirearmType;
import org.g5sahel.pcms.firearms.model.HolderCategory;

public record FirearmView(
        UUID id,
        String reference,
        FirearmType type,
        String make,
        String model,
        String calibre,
        String serialNumber,
        String serialNormalised,
        String manufactureCountry,
        Integer manufactureYear,
        String importCountry,
        Integer importYear,
        String otherMarkings,
        HolderCategory holderCategory,
        String custodyAgency,
        FirearmStatus status,
        SovereigntyView sharing,
        Instant createdAt,
        Instant updatedAt,
        Instant archivedAt,
        long version) {

    public static FirearmView of(Firearm firearm) {
        return new FirearmView(
                firearm.id,
                firearm.reference,
                firearm.type,
                firearm.make,
                firearm.model,
                firearm.calibre,
                firearm.serialAsMarked,
                firearm.serialNormalised,
                firearm.manufactureCountry,
                firearm.manufactureYear,
                firearm.importCountry,
                firearm.importYear,
                firearm.otherMarkings,
                firearm.holderCategory,
                firearm.custodyAgency,
                firearm.status,
                SovereigntyView.of(firearm.sovereignty),
                firearm.createdAt,
                firearm.updatedAt,
                firearm.archivedAt,
                firearm.version);
    }
}
