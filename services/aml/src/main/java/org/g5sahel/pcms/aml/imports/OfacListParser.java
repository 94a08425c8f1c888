package org.g5sahel.pcms.aml.imports;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;

/**
 * Reads the US Treasury OFAC lists in their classic XML ({@code sdnList} of {@code sdnEntry}, schema
 * {@code sdnList.xsd}): the SDN list ({@code sdn.xml}) and the consolidated non-SDN list ({@code consolidated.xml})
 * share it. The reference is the entry's {@code uid}; individuals are {@code sdnType} Individual, everything else
 * (Entity, Vessel, Aircraft) is an entity. The publication date is {@code publshInformation/Publish_Date}
 * (MM/dd/yyyy, as OFAC spells the element).
 */
public final class OfacListParser {

    /** The SDN list has about 18,000 entries of some 40 elements each. */
    private static final int MAX_ELEMENTS = 2_000_000;
    /**
     * {@code idList} also carries facts that are no identity documents: gender, secondary sanctions notes, wallets,
     * web sites, dates. Those are not compared as documents (gender is kept apart).
     */
    private static final List<String> NOT_DOCUMENTS = List.of(
            "gender",
            "secondary sanctions",
            "additional sanctions",
            "digital currency address",
            "website",
            "email",
            "phone",
            "organization",
            "target type",
            "transactions prohibited",
            "effective date",
            "listing date",
            "executive order",
            "vessel flag",
            "vessel type",
            "vessel owner",
            "aircraft",
            "other vessel");

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Pattern YEAR = Pattern.compile("^(circa )?(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile("^(\\d{4}) to (\\d{4})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^[A-Za-z]{3} (\\d{4})$");

    private OfacListParser() {}

    public static ParsedList parse(InputStream input) {
        XmlNode root = SecureXml.parse(input, MAX_ELEMENTS, "sdnList", "import.ofac.not-sdn-list");
        XmlNode published =
                root.child("publshInformation").orElseThrow(() -> root.error("import.ofac.no-publish-information"));
        String publishDate = published.required("Publish_Date");
        return new ParsedList(
                PublishedValues.startOf(PublishedValues.date(published, publishDate, "MM/dd/yyyy")),
                EntryCollector.read(root, "sdnEntry", OfacListParser::entry));
    }

    private static ParsedEntry entry(XmlNode node) {
        String uid = node.required("uid");
        String primary = PublishedValues.joined(node.text("firstName").orElse(null), node.required("lastName"));
        EntryKind kind =
                node.required("sdnType").equalsIgnoreCase("Individual") ? EntryKind.INDIVIDUAL : EntryKind.ENTITY;
        List<EntryContent.Name> names = new ArrayList<>();
        names.add(new EntryContent.Name(primary, "PRIMARY"));
        for (XmlNode aka : node.items("akaList", "aka")) {
            String name = PublishedValues.joined(
                    aka.text("firstName").orElse(null), aka.text("lastName").orElse(null));
            if (!name.isEmpty()) {
                names.add(new EntryContent.Name(name, quality(aka)));
            }
        }
        List<EntryContent.Document> documents = new ArrayList<>();
        String gender = null;
        for (XmlNode id : node.items("idList", "id")) {
            String type = id.text("idType").orElse("");
            String number = id.text("idNumber").orElse(null);
            if (type.equalsIgnoreCase("Gender")) {
                gender = number;
            } else if (number != null
                    && NOT_DOCUMENTS.stream()
                            .noneMatch(prefix -> type.toLowerCase(Locale.ROOT).startsWith(prefix))) {
                documents.add(new EntryContent.Document(
                        type, number.strip(), id.text("idCountry").orElse(null)));
            }
        }
        List<EntryContent.BirthDate> births = new ArrayList<>();
        for (XmlNode birth : node.items("dateOfBirthList", "dateOfBirthItem")) {
            birth.text("dateOfBirth").ifPresent(value -> births.add(birthDate(birth, value.strip())));
        }
        List<String> places = node.items("placeOfBirthList", "placeOfBirthItem").stream()
                .flatMap(place -> place.text("placeOfBirth").stream())
                .toList();
        List<String> nationalities = Stream.concat(
                        node.items("nationalityList", "nationality").stream(),
                        node.items("citizenshipList", "citizenship").stream())
                .flatMap(country -> country.text("country").stream())
                .distinct()
                .toList();
        List<EntryContent.Address> addresses = node.items("addressList", "address").stream()
                .flatMap(address -> PublishedValues.address(
                        Stream.of("address1", "address2", "address3", "city", "stateOrProvince", "postalCode")
                                .map(line -> address.text(line).orElse(null))
                                .toList(),
                        address.text("country").orElse(null))
                        .stream())
                .toList();
        String programmes = PublishedValues.joinedOrNull(
                "; ",
                node.items("programList", "program").stream().map(XmlNode::text).toList());
        EntryContent content =
                new EntryContent(programmes, names, births, nationalities, documents, gender, places, addresses);
        return new ParsedEntry(uid, kind, primary, null, content);
    }

    /** {@code strong} a.k.a.s are good aliases, {@code weak} ones low; formerly known as is kept as such. */
    private static String quality(XmlNode aka) {
        if (aka.text("type").orElse("").equalsIgnoreCase("f.k.a.")) {
            return "FKA";
        }
        return aka.text("category").orElse("strong").equalsIgnoreCase("weak") ? "LOW" : "GOOD";
    }

    /** OFAC writes {@code 14 Jun 1975}, {@code Jun 1975}, {@code 1962}, {@code circa 1955} or {@code 1955 to 1957}. */
    private static EntryContent.BirthDate birthDate(XmlNode node, String value) {
        Matcher year = YEAR.matcher(value);
        if (year.matches()) {
            int listed = Integer.parseInt(year.group(2));
            return year.group(1) == null
                    ? PublishedValues.year(listed)
                    : new EntryContent.BirthDate("APPROXIMATELY", null, listed, null, null);
        }
        Matcher years = YEARS.matcher(value);
        if (years.matches()) {
            return new EntryContent.BirthDate(
                    "BETWEEN", null, null, Integer.valueOf(years.group(1)), Integer.valueOf(years.group(2)));
        }
        Matcher monthYear = MONTH_YEAR.matcher(value);
        if (monthYear.matches()) {
            return PublishedValues.year(Integer.parseInt(monthYear.group(1)));
        }
        try {
            return PublishedValues.exactDate(LocalDate.parse(value, DAY_MONTH_YEAR));
        } catch (DateTimeParseException e) {
            throw node.error("import.bad-date");
        }
    }
}
