package org.g5sahel.pcms.aml.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;

/**
 * Reads the UK Sanctions List as the FCDO publishes it in XML ({@code Designations} of {@code Designation}, file
 * {@code UK-Sanctions-List.xml}; it replaced the OFSI consolidated list in 2026). The reference is {@code UniqueID}
 * (e.g. {@code AFG0001}); {@code IndividualEntityShip} Individual is a person, Entity and Ship are entities; names are
 * {@code Name1}…{@code Name6} (Name6 the family or entity name) with {@code NameType} and {@code AliasStrength}; dates
 * are dd/MM/yyyy, a date of birth may be {@code dd/mm/1961} (year only). The publication date is
 * {@code DateGenerated}.
 */
public final class UkListParser {

    /** The 2026 file has about 5,000 designations of some 80 elements each. */
    private static final int MAX_ELEMENTS = 2_000_000;

    private static final String DATE = "dd/MM/yyyy";

    private UkListParser() {}

    public static ParsedList parse(InputStream input) {
        XmlNode root = SecureXml.parse(input, MAX_ELEMENTS, "Designations", "import.uk.not-designations");
        String generated = root.required("DateGenerated");
        XmlNode dateNode = root.child("DateGenerated").orElseThrow();
        return new ParsedList(
                PublishedValues.startOf(PublishedValues.date(dateNode, generated, DATE)),
                EntryCollector.read(root, "Designation", UkListParser::entry));
    }

    private static ParsedEntry entry(XmlNode node) {
        String reference = node.required("UniqueID");
        EntryKind kind = node.required("IndividualEntityShip").equalsIgnoreCase("Individual")
                ? EntryKind.INDIVIDUAL
                : EntryKind.ENTITY;
        List<EntryContent.Name> names = new ArrayList<>();
        String primary = null;
        for (XmlNode name : node.items("Names", "Name")) {
            String value = PublishedValues.joined(Stream.of("Name1", "Name2", "Name3", "Name4", "Name5", "Name6")
                    .map(part -> name.text(part).orElse(null))
                    .toArray(String[]::new));
            if (value.isEmpty()) {
                continue;
            }
            String type = name.text("NameType").orElse("").toLowerCase(Locale.ROOT);
            if (type.equals("primary name") && primary == null) {
                primary = value;
                names.add(0, new EntryContent.Name(value, "PRIMARY"));
            } else {
                names.add(new EntryContent.Name(
                        value,
                        name.text("AliasStrength")
                                        .orElse("")
                                        .toLowerCase(Locale.ROOT)
                                        .startsWith("low")
                                ? "LOW"
                                : "GOOD"));
            }
        }
        if (names.isEmpty()) {
            throw new ImportException(node.path() + "/Names", node.line(), "import.missing");
        }
        if (primary == null) {
            primary = names.get(0).value();
            names.set(0, new EntryContent.Name(primary, "PRIMARY"));
        }
        node.items("NonLatinNames", "NonLatinName")
                .forEach(name -> name.text("NameNonLatinScript")
                        .ifPresent(value -> names.add(new EntryContent.Name(value, "ORIGINAL_SCRIPT"))));
        XmlNode individual = node.child("IndividualDetails")
                .flatMap(details -> details.child("Individual"))
                .orElse(null);
        List<EntryContent.BirthDate> births = new ArrayList<>();
        List<String> nationalities = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<EntryContent.Document> documents = new ArrayList<>();
        String gender = null;
        if (individual != null) {
            for (XmlNode birth : individual.items("DOBs", "DOB")) {
                EntryContent.BirthDate date = birthDate(birth);
                if (!births.contains(date)) {
                    births.add(date);
                }
            }
            individual
                    .items("Nationalities", "Nationality")
                    .forEach(nationality -> nationalities.add(nationality.text()));
            for (XmlNode location : individual.items("BirthDetails", "Location")) {
                PublishedValues.place(
                                location.text("TownOfBirth").orElse(null),
                                location.text("CountryOfBirth").orElse(null))
                        .ifPresent(places::add);
            }
            individual
                    .items("PassportDetails", "Passport")
                    .forEach(passport -> passport.text("PassportNumber")
                            .ifPresent(number ->
                                    documents.add(new EntryContent.Document("Passport", number.strip(), null))));
            individual
                    .items("NationalIdentifierDetails", "NationalIdentifier")
                    .forEach(identifier -> identifier
                            .text("NationalIdentifierNumber")
                            .ifPresent(number -> documents.add(
                                    new EntryContent.Document("National identifier", number.strip(), null))));
            gender = individual.items("Genders", "Gender").stream()
                    .map(XmlNode::text)
                    .findFirst()
                    .orElse(null);
        }
        List<EntryContent.Address> addresses = node.items("Addresses", "Address").stream()
                .flatMap(address -> PublishedValues.address(
                        Stream.of(
                                        "AddressLine1",
                                        "AddressLine2",
                                        "AddressLine3",
                                        "AddressLine4",
                                        "AddressLine5",
                                        "AddressLine6",
                                        "AddressPostalCode")
                                .map(line -> address.text(line).orElse(null))
                                .toList(),
                        address.text("AddressCountry").orElse(null))
                        .stream())
                .toList();
        EntryContent content = new EntryContent(
                node.text("RegimeName").orElse(null),
                names,
                births,
                nationalities.stream()
                        .filter(value -> !value.isBlank())
                        .distinct()
                        .toList(),
                documents,
                gender,
                places,
                addresses);
        return new ParsedEntry(
                reference,
                kind,
                primary,
                node.text("DateDesignated")
                        .map(date -> PublishedValues.date(node, date, DATE))
                        .orElse(null),
                content);
    }

    /** {@code 12/11/1967} is a date; {@code dd/mm/1961} (or {@code dd/11/1961}) gives the year only. */
    private static EntryContent.BirthDate birthDate(XmlNode birth) {
        String value = birth.text().strip();
        if (value.matches("^\\d{2}/\\d{2}/\\d{4}$")) {
            return PublishedValues.exactDate(PublishedValues.date(birth, value, DATE));
        }
        if (value.matches("^.*\\d{4}$")) {
            return PublishedValues.year(Integer.parseInt(value.substring(value.length() - 4)));
        }
        throw birth.error("import.bad-date");
    }
}
