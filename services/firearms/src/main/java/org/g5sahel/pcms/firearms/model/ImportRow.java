package org.g5sahel.pcms.firearms.model;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one CSV data row: {@code line} is the physical line number in the file (the header is line 1).
 *
 * @param firearmId the record created, or the one already present
 * @param errors    for a rejected row, the field and the message key of each problem
 */
public record ImportRow(int line, Outcome outcome, UUID firearmId, String reference, List<RowError> errors) {

    public enum Outcome {
        IMPORTED,
        ALREADY_PRESENT,
        REJECTED
    }

    public record RowError(String field, String message) {}
}
