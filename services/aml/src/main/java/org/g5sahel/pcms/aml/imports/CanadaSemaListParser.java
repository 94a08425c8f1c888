package org.g5sahel.pcms.aml.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;

/**
 * Reads the Consolidated Canadian Autonomous Sanctions List (Special Economic Measures Act, {@code sema-lmes.xml}):
 * {@code data-set} of flat {@code record}s. A record has no identifier of its own: the reference is
 * {@code country:schedule:item} (e.g. {@code Burma:2:4}), unique within the file. A person has {@code LastName} /
 * {@code GivenName}; an entity or ship has {@code EntityOrShip} ({@code Entity} in files before 2023). Aliases are one
 * comma-separated text; the date of birth is {@code DateOfBirthOrShipBuildDate} ({@code DateOfBirth} before 2023), a
 * full date or a year; {@code Country} names the sanctions regime, not a nationality. The file carries no publication
 * date, so imports of this list are not compared by date.
 */
public final class CanadaSemaListParser {

    /** The 2026 file has about 5,700 records of some 8 elements each. */
    private static final int MAX_ELEMENTS = 500_000;

    private CanadaSemaListParser() {}

    public static ParsedList parse(InputStream input) {
        XmlNode root = SecureXml.parse(input, MAX_ELEMENTS, "data-set", "import.ca.not-data-set");
        return new ParsedList(null, EntryCollector.read(root, "record", CanadaSemaListParser::entry));
    }

    private static ParsedEntry entry(XmlNode node) {
        String regime = node.required("Country");
        // "Burma / Birmanie": the English name before the French one.
        String country = regime.split(" / ")[0].strip();
        String reference = country + ":" + node.required("Schedule") + ":" + node.required("Item");
        String person = PublishedValues.joined(
                node.text("GivenName").orElse(null), node.text("LastName").orElse(null));
        EntryKind kind = person.isEmpty() ? EntryKind.ENTITY : EntryKind.INDIVIDUAL;
        String primary = person.isEmpty()
                ? node.text("EntityOrShip")
                        .or(() -> node.text("Entity"))
                        .orElseThrow(
                                () -> new ImportException(node.path() + "/EntityOrShip", node.line(), "import.missing"))
                : person;
        List<EntryContent.Name> names = new ArrayList<>();
        names.add(new EntryContent.Name(primary, "PRIMARY"));
        node.text("Aliases").ifPresent(aliases -> {
            for (String alias : aliases.split("[,;] ")) {
                if (!alias.isBlank()) {
                    names.add(new EntryContent.Name(alias.strip(), "GOOD"));
                }
            }
        });
        List<EntryContent.BirthDate> births = kind == EntryKind.INDIVIDUAL
                ? node.text("DateOfBirthOrShipBuildDate")
                        .or(() -> node.text("DateOfBirth"))
                        .map(value -> List.of(birthDate(node, value.strip())))
                        .orElse(List.of())
                : List.of();
        List<EntryContent.Document> documents = node.text("ShipIMONumber")
                .map(number -> List.of(new EntryContent.Document("IMO", number.strip(), null)))
                .orElse(List.of());
        EntryContent content =
                new EntryContent(regime, names, births, List.of(), documents, null, List.of(), List.of());
        return new ParsedEntry(
                reference,
                kind,
                primary,
                node.text("DateOfListing")
                        .map(date -> PublishedValues.isoDate(node, date))
                        .orElse(null),
                content);
    }

    private static EntryContent.BirthDate birthDate(XmlNode node, String value) {
        if (value.matches("^\\d{4}$")) {
            return PublishedValues.year(Integer.parseInt(value));
        }
        return PublishedValues.exactDate(PublishedValues.isoDate(node, value));
    }
}
