package org.g5sahel.pcms.firearms.service;

import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.firearms.model.AddresseeBasis;
import org.g5sahel.pcms.firearms.model.FirearmType;
import org.g5sahel.pcms.firearms.model.Urgency;

/** An ITI trace request as {@link TraceRequestService} submits it: markings given, or copied from {@code firearmId}. */
public record TraceRequestCommand(
        String addressedTo,
        AddresseeBasis addresseeBasis,
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
        String otherMarkings,
        String circumstances,
        Urgency urgency,
        LocalDate dueDate) {}
