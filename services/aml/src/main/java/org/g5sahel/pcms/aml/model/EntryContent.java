package org.g5sahel.pcms.aml.model;

import java.util.List;

/**
 * What a sanctions list says about one entry, as imported: stored as JSON, compared as a whole to detect changes
 * between imports, and kept in the history before each change.
 *
 * @param regime        the sanctions regime (UN list type, e.g. {@code Al-Qaida}, {@code DRC}), or the national basis
 * @param names         the primary name first, then aliases with their quality, then names in original script
 * @param birthDates    exact dates, years, ranges and approximations as the list gives them
 * @param nationalities country names or ISO codes as the list gives them
 */
public record EntryContent(String regime, List<Name> names, List<BirthDate> birthDates, List<String> nationalities,
        List<Document> documents, String gender) {

    public EntryContent {
        names = List.copyOf(names);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /**
     * A name of the entry. {@code quality} is the list's own: {@code PRIMARY}, {@code GOOD} (a strong alias),
     * {@code LOW} (a weak alias, which alone must not trigger action), {@code AKA}, {@code FKA}, {@code ORIGINAL_SCRIPT}.
     */
    public record Name(String value, String quality) {
    }

    /** {@code type} EXACT, APPROXIMATELY or BETWEEN; a full date, a year, or a range of years. */
    public record BirthDate(String type, String date, Integer year, Integer fromYear, Integer toYear) {
    }

    public record Document(String type, String number, String country) {
    }
}
