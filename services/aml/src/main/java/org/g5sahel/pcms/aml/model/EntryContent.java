package org.g5sahel.pcms.aml.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a sanctions list says about one entry, as imported: stored as JSON, compared as a whole to detect changes
 * between imports, and kept in the history before each change.
 *
 * @param regime         the sanctions regime or programme as the list names it (UN list type such as {@code Al-Qaida},
 *                       OFAC programmes such as {@code SDGT}, EU programme {@code TERR}, UK regime, Canadian country
 *                       schedule, or the national basis); several programmes are joined by {@code "; "}
 * @param names          the primary name first, then aliases with their quality, then names in original script
 * @param birthDates     exact dates, years, ranges and approximations as the list gives them
 * @param nationalities  country names or ISO codes as the list gives them
 * @param placesOfBirth  places of birth as the list writes them (town, region, country)
 * @param addresses      known addresses as the list writes them
 */
public record EntryContent(
        String regime,
        List<Name> names,
        List<BirthDate> birthDates,
        List<String> nationalities,
        List<Document> documents,
        String gender,
        // Left out when empty, so that an entry read before these were kept keeps its content hash.
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> placesOfBirth,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Address> addresses) {

    public EntryContent {
        names = List.copyOf(names);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        documents = documents == null ? List.of() : List.copyOf(documents);
        placesOfBirth = placesOfBirth == null ? List.of() : List.copyOf(placesOfBirth);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** Content without places of birth or addresses (the UN and national formats). */
    public EntryContent(
            String regime,
            List<Name> names,
            List<BirthDate> birthDates,
            List<String> nationalities,
            List<Document> documents,
            String gender) {
        this(regime, names, birthDates, nationalities, documents, gender, List.of(), List.of());
    }

    /**
     * A name of the entry. {@code quality} is the list's own: {@code PRIMARY}, {@code GOOD} (a strong alias),
     * {@code LOW} (a weak alias, which alone must not trigger action), {@code AKA}, {@code FKA}, {@code ORIGINAL_SCRIPT}.
     */
    public record Name(String value, String quality) {}

    /** {@code type} EXACT, APPROXIMATELY or BETWEEN; a full date, a year, or a range of years. */
    public record BirthDate(String type, String date, Integer year, Integer fromYear, Integer toYear) {}

    public record Document(String type, String number, String country) {}

    /** An address: its lines joined as the list gives them, and its country as the list names it. */
    public record Address(String text, String country) {}
}
