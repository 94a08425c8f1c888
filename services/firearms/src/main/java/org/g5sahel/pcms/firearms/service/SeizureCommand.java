package org.g5sahel.pcms.firearms.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.firearms.model.FirearmType;

/** A seizure as {@link SeizureService} records it. */
public record SeizureCommand(
        LocalDate seizedOn,
        String place,
        String caseReference,
        String circumstances,
        List<Item> firearms,
        SharingTerms sharing) {

    /** A seized firearm: an existing record ({@code firearmId}) or the description of one to register. */
    public record Item(
            UUID firearmId,
            FirearmType type,
            String make,
            String model,
            String calibre,
            String serialNumber,
            String manufactureCountry,
            Integer manufactureYear,
            String importCountry,
            Integer importYear,
            String otherMarkings) {}
}
