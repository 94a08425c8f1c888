package org.g5sahel.pcms.aml.imports;

import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;

/**
 * Reads the EU consolidated list of persons, groups and entities subject to financial sanctions in its XML
 * ({@code export} of {@code sanctionEntity}, namespace {@code http://eu.europa.ec/fpi/fsd/export}, file
 * {@code xmlFullSanctionsList_1_1}). The reference is {@code euReferenceNumber}; {@code subjectType} P is a person,
 * E an entity; the first {@code nameAlias} is the primary name (the file has no other mark of it) and an alias that is
 * not {@code strong} is weak. The publication date is the root's {@code generationDate}. Everything is in attributes.
 */
public final class EuListParser {

    /** The 2026 file has about 5,800 entities of some 60 elements each. */
    private static final int MAX_ELEMENTS = 2_000_000;
    /** The EU's code for a country it does not know. */
    private static final String UNKNOWN_COUNTRY = "00";

    private EuListParser() {}

    public static ParsedList parse(InputStream input) {
        XmlNode root = SecureXml.parse(input, MAX_ELEMENTS, "export", "import.eu.not-export");
        return new ParsedList(generatedAt(root), EntryCollector.read(root, "sanctionEntity", EuListParser::entry));
    }

    private static ParsedEntry entry(XmlNode node) {
        String reference = node.attribute("euReferenceNumber")
                .orElseThrow(
                        () -> new ImportException(node.path() + "/@euReferenceNumber", node.line(), "import.missing"));
        XmlNode subject = node.child("subjectType")
                .orElseThrow(() -> new ImportException(node.path() + "/subjectType", node.line(), "import.missing"));
        EntryKind kind = subject.attribute("classificationCode").orElse("").equals("P")
                ? EntryKind.INDIVIDUAL
                : EntryKind.ENTITY;
        List<EntryContent.Name> names = new ArrayList<>();
        String gender = null;
        for (XmlNode alias : node.children("nameAlias")) {
            String name = alias.attribute("wholeName")
                    .orElseGet(() -> PublishedValues.joined(
                            alias.attribute("firstName").orElse(null),
                            alias.attribute("middleName").orElse(null),
                            alias.attribute("lastName").orElse(null)));
            if (name.isEmpty()) {
                continue;
            }
            String quality = names.isEmpty()
                    ? "PRIMARY"
                    : alias.attribute("strong").orElse("true").equals("false") ? "LOW" : "GOOD";
            names.add(new EntryContent.Name(name, quality));
            gender = gender == null ? alias.attribute("gender").orElse(null) : gender;
        }
        if (names.isEmpty()) {
            throw new ImportException(node.path() + "/nameAlias", node.line(), "import.missing");
        }
        List<EntryContent.BirthDate> births = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (XmlNode birth : node.children("birthdate")) {
            birthDate(birth).ifPresent(births::add);
            PublishedValues.place(
                            birth.attribute("place").orElse(null),
                            birth.attribute("city").orElse(null),
                            birth.attribute("region").orElse(null),
                            country(birth).orElse(null))
                    .ifPresent(places::add);
        }
        List<String> nationalities = node.children("citizenship").stream()
                .flatMap(citizenship -> citizenship
                        .attribute("countryIso2Code")
                        .filter(code -> !code.equals(UNKNOWN_COUNTRY))
                        .or(() -> country(citizenship))
                        .stream())
                .distinct()
                .toList();
        List<EntryContent.Document> documents = node.children("identification").stream()
                .flatMap(document -> document
                        .attribute("number")
                        .map(number -> new EntryContent.Document(
                                document.attribute("identificationTypeDescription")
                                        .or(() -> document.attribute("identificationTypeCode"))
                                        .orElse(null),
                                number,
                                country(document).orElse(null)))
                        .stream())
                .toList();
        List<EntryContent.Address> addresses = node.children("address").stream()
                .flatMap(address -> PublishedValues.address(
                        Stream.of("street", "poBox", "zipCode", "city", "place", "region")
                                .map(part -> address.attribute(part).orElse(null))
                                .toList(),
                        country(address).orElse(null))
                        .stream())
                .toList();
        String programmes = PublishedValues.joinedOrNull(
                "; ",
                node.children("regulation").stream()
                        .map(regulation -> regulation.attribute("programme").orElse(null))
                        .toList());
        EntryContent content =
                new EntryContent(programmes, names, births, nationalities, documents, gender, places, addresses);
        return new ParsedEntry(
                reference,
                kind,
                names.get(0).value(),
                node.attribute("designationDate")
                        .map(date -> PublishedValues.isoDate(node, date))
                        .orElse(null),
                content);
    }

    /** A full date, or a year alone; {@code circa} makes it approximate. */
    private static Optional<EntryContent.BirthDate> birthDate(XmlNode birth) {
        boolean circa = birth.attribute("circa").orElse("false").equals("true");
        Optional<String> date = birth.attribute("birthdate");
        if (date.isPresent() && !circa) {
            return Optional.of(PublishedValues.exactDate(PublishedValues.isoDate(birth, date.get())));
        }
        return birth.attribute("year")
                .or(() -> date.map(value -> value.substring(0, Math.min(4, value.length()))))
                .map(year -> {
                    try {
                        return new EntryContent.BirthDate(
                                circa ? "APPROXIMATELY" : "EXACT", null, Integer.valueOf(year), null, null);
                    } catch (NumberFormatException e) {
                        throw new ImportException(birth.path() + "/@year", birth.line(), "import.bad-number");
                    }
                });
    }

    private static Optional<String> country(XmlNode node) {
        return node.attribute("countryDescription").filter(description -> !description.equals("UNKNOWN"));
    }

    private static Instant generatedAt(XmlNode root) {
        return root.attribute("generationDate")
                .map(value -> {
                    try {
                        return OffsetDateTime.parse(value).toInstant();
                    } catch (DateTimeParseException e) {
                        throw root.error("import.bad-date");
                    }
                })
                .orElseThrow(
                        () -> new ImportException(root.path() + "/@generationDate", root.line(), "import.missing"));
    }
}
