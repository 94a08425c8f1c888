package org.g5sahel.pcms.firearms.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.firearms.marking.Serials;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FirearmType;
import org.g5sahel.pcms.firearms.model.HolderCategory;

/**
 * A firearm to register, whichever way it arrives (a form, a stockpile CSV row, a seizure of an unknown firearm).
 * Bean Validation has checked formats; {@link #problems} checks what depends on the serial's content and the date.
 */
public record FirearmDraft(
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
        HolderCategory holderCategory,
        String custodyAgency,
        FirearmStatus status) {

    /** Field errors (message keys) of this draft; {@code prefix} locates the fields in the request, e.g. {@code items[2].}. */
    public List<Problem.FieldError> problems(String prefix, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Serials.problemWith(serialNumber)
                .ifPresent(key -> errors.add(new Problem.FieldError(prefix + "serialNumber", key)));
        if (manufactureYear != null && manufactureYear > today.getYear()) {
            errors.add(new Problem.FieldError(prefix + "manufactureYear", "firearm.year-in-future"));
        }
        if (importYear != null && importYear > today.getYear()) {
            errors.add(new Problem.FieldError(prefix + "importYear", "firearm.year-in-future"));
        }
        if (importYear != null && manufactureYear != null && importYear < manufactureYear) {
            errors.add(new Problem.FieldError(prefix + "importYear", "firearm.import-before-manufacture"));
        }
        return errors;
    }
}
