package org.g5sahel.pcms.aml.imports;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;

/**
 * Reads the UN Security Council Consolidated List in its official XML ({@code CONSOLIDATED_LIST} with
 * {@code INDIVIDUALS} and {@code ENTITIES}). The whole file is checked before anything is written: an entry without
 * reference number or name, a duplicated reference or a file cut in half rejects the file.
 */
public final class UnListParser {

    /** The 2026 list has about 60,000 elements; the bound leaves room for growth, not for a hostile file. */
    private static final int MAX_ELEMENTS = 500_000;

    private UnListParser() {}

    public static ParsedList parse(InputStream input) {
        XmlNode root = SecureXml.parse(input, MAX_ELEMENTS, "CONSOLIDATED_LIST", "import.un.not-consolidated-list");
        XmlNode individuals = root.child("INDIVIDUALS").orElseThrow(() -> root.error("import.un.no-individuals"));
        XmlNode entities = root.child("ENTITIES").orElseThrow(() -> root.error("import.un.no-entities"));
        EntryCollector entries = new EntryCollector();
        for (XmlNode node : individuals.children("INDIVIDUAL")) {
            entries.add(node, individual(node));
        }
        for (XmlNode node : entities.children("ENTITY")) {
            entries.add(node, entity(node));
        }
        return new ParsedList(generatedAt(root), entries.entries());
    }

    private static ParsedEntry individual(XmlNode node) {
        String primary = primaryName(node);
        List<EntryContent.Name> names = names(node, primary, "INDIVIDUAL_ALIAS");
        List<EntryContent.BirthDate> births = new ArrayList<>();
        for (XmlNode birth : node.children("INDIVIDUAL_DATE_OF_BIRTH")) {
            EntryContent.BirthDate parsed = new EntryContent.BirthDate(
                    birth.text("TYPE_OF_DATE").orElse("EXACT"),
                    birth.text("DATE").map(date -> checkedDate(birth, date)).orElse(null),
                    year(birth, "YEAR"),
                    year(birth, "FROM_YEAR"),
                    year(birth, "TO_YEAR"));
            if (parsed.date() != null || parsed.year() != null || parsed.fromYear() != null) {
                births.add(parsed);
            }
        }
        List<String> nationalities =
                node.child("NATIONALITY").map(n -> values(n)).orElse(List.of());
        List<EntryContent.Document> documents = new ArrayList<>();
        for (XmlNode document : node.children("INDIVIDUAL_DOCUMENT")) {
            document.text("NUMBER")
                    .ifPresent(number -> documents.add(new EntryContent.Document(
                            document.text("TYPE_OF_DOCUMENT").orElse(null),
                            number.strip(),
                            document.text("ISSUING_COUNTRY")
                                    .or(() -> document.text("COUNTRY_OF_ISSUE"))
                                    .orElse(null))));
        }
        List<String> places = node.children("INDIVIDUAL_PLACE_OF_BIRTH").stream()
                .flatMap(place -> PublishedValues.place(
                        place.text("CITY").orElse(null),
                        place.text("STATE_PROVINCE").orElse(null),
                        place.text("COUNTRY").orElse(null))
                        .stream())
                .toList();
        EntryContent content = new EntryContent(
                node.text("UN_LIST_TYPE").orElse(null),
                names,
                births,
                nationalities,
                documents,
                node.text("GENDER").orElse(null),
                places,
                addresses(node, "INDIVIDUAL_ADDRESS"));
        return new ParsedEntry(
                node.required("REFERENCE_NUMBER"), EntryKind.INDIVIDUAL, primary, listedOn(node), content);
    }

    private static ParsedEntry entity(XmlNode node) {
        String primary = primaryName(node);
        EntryContent content = new EntryContent(
                node.text("UN_LIST_TYPE").orElse(null),
                names(node, primary, "ENTITY_ALIAS"),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                addresses(node, "ENTITY_ADDRESS"));
        return new ParsedEntry(node.required("REFERENCE_NUMBER"), EntryKind.ENTITY, primary, listedOn(node), content);
    }

    private static List<EntryContent.Address> addresses(XmlNode node, String element) {
        return node.children(element).stream()
                .flatMap(address -> PublishedValues.address(
                        Stream.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "NOTE")
                                .map(part -> address.text(part).orElse(null))
                                .toList(),
                        address.text("COUNTRY").orElse(null))
                        .stream())
                .toList();
    }

    private static String primaryName(XmlNode node) {
        String name = Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
                .map(node::text)
                .flatMap(Optional::stream)
                .map(String::strip)
                .collect(Collectors.joining(" "));
        if (name.isBlank()) {
            throw new ImportException(node.path() + "/FIRST_NAME", node.line(), "import.missing");
        }
        return name;
    }

    private static List<EntryContent.Name> names(XmlNode node, String primary, String aliasElement) {
        List<EntryContent.Name> names = new ArrayList<>();
        names.add(new EntryContent.Name(primary, "PRIMARY"));
        for (XmlNode alias : node.children(aliasElement)) {
            alias.text("ALIAS_NAME")
                    .ifPresent(value -> names.add(new EntryContent.Name(
                            value.strip(), quality(alias.text("QUALITY").orElse("")))));
        }
        node.text("NAME_ORIGINAL_SCRIPT")
                .ifPresent(value -> names.add(new EntryContent.Name(value.strip(), "ORIGINAL_SCRIPT")));
        return names;
    }

    /** The list's alias qualities: Good and Low (as assessed by the committee), a.k.a. and f.k.a. */
    private static String quality(String listed) {
        return switch (listed.strip().toLowerCase(Locale.ROOT)) {
            case "low" -> "LOW";
            case "a.k.a." -> "AKA";
            case "f.k.a." -> "FKA";
            default -> "GOOD";
        };
    }

    private static List<String> values(XmlNode parent) {
        return parent.children("VALUE").stream()
                .map(XmlNode::text)
                .filter(value -> !value.isBlank())
                .toList();
    }

    private static LocalDate listedOn(XmlNode node) {
        return node.text("LISTED_ON")
                .map(value -> LocalDate.parse(checkedDate(node, value)))
                .orElse(null);
    }

    private static String checkedDate(XmlNode node, String value) {
        try {
            return LocalDate.parse(value.strip()
                            .substring(0, Math.min(10, value.strip().length())))
                    .toString();
        } catch (DateTimeParseException e) {
            throw node.error("import.bad-date");
        }
    }

    private static Integer year(XmlNode node, String element) {
        return node.text(element)
                .map(value -> {
                    try {
                        return Integer.valueOf(value.strip());
                    } catch (NumberFormatException e) {
                        throw new ImportException(node.path() + "/" + element, node.line(), "import.bad-number");
                    }
                })
                .orElse(null);
    }

    private static Instant generatedAt(XmlNode root) {
        String generated = root.attributes().get("dateGenerated");
        try {
            return generated == null ? null : Instant.parse(generated);
        } catch (DateTimeParseException e) {
            throw root.error("import.bad-date");
        }
    }
}
