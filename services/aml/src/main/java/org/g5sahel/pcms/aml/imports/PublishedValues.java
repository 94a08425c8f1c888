package org.g5sahel.pcms.aml.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.g5sahel.pcms.aml.model.EntryContent;

/** Reading the values every published list has in its own way: names in parts, dates, years of birth. */
final class PublishedValues {

    private PublishedValues() {}

    /** The non-blank parts, stripped and joined by a space; empty if there are none. */
    static String joined(String... parts) {
        return Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** The non-blank values, stripped and joined by {@code separator}; null if there are none. */
    static String joinedOrNull(String separator, List<String> values) {
        String joined = values.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    /** A place from its parts (town, region, country), joined by commas; nothing when every part is blank. */
    static Optional<String> place(String... parts) {
        return Optional.ofNullable(joinedOrNull(", ", Arrays.asList(parts)));
    }

    /** An address from its lines, or nothing when it has neither lines nor country. */
    static Optional<EntryContent.Address> address(List<String> lines, String country) {
        String text = joinedOrNull(", ", lines);
        String countryName = country == null || country.isBlank() ? null : country.strip();
        return text == null && countryName == null
                ? Optional.empty()
                : Optional.of(new EntryContent.Address(text, countryName));
    }

    /** A date written with {@code pattern} (e.g. {@code MM/dd/yyyy}), or a 400 naming the node. */
    static LocalDate date(XmlNode node, String value, String pattern) {
        try {
            return LocalDate.parse(value.strip(), DateTimeFormatter.ofPattern(pattern));
        } catch (DateTimeParseException e) {
            throw node.error("import.bad-date");
        }
    }

    /** An ISO date ({@code 2018-02-16}), or a 400 naming the node. */
    static LocalDate isoDate(XmlNode node, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw node.error("import.bad-date");
        }
    }

    /** The start of a publication day, for lists dated by day only. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static EntryContent.BirthDate exactDate(LocalDate date) {
        return new EntryContent.BirthDate("EXACT", date.toString(), null, null, null);
    }

    static EntryContent.BirthDate year(int year) {
        return new EntryContent.BirthDate("EXACT", null, year, null, null);
    }
}
