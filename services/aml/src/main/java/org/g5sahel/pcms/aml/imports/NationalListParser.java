package org.g5sahel.pcms.aml.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.g5sahel.pcms.commons.text.CsvFiles;

/**
 * National lists (designations by a State's own authority), as JSON ({@code {"entries":[{referenceNumber, kind, name,
 * aliases:[{name, quality}], birthDates:["1975-03-14"|"1975"], nationalities:["ML"], documents:[{type, number,
 * country}]}]}}) or CSV with the header {@code referenceNumber,kind,name,aliases,birthDate,nationality,document}
 * (aliases separated by {@code ;}). Errors name the entry ({@code entries[3].name}, {@code line 4/name}).
 */
public final class NationalListParser {

    private static final int MAX_ENTRIES = 20_000;
    private static final List<String> CSV_HEADER =
            List.of("referenceNumber", "kind", "name", "aliases", "birthDate", "nationality", "document");

    private NationalListParser() {}

    public static ParsedList json(InputStream input, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(input);
        } catch (IOException e) {
            throw new ImportException("$", -1, "import.json-malformed");
        }
        JsonNode entries = root == null ? null : root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new ImportException("entries", -1, "import.missing");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new ImportException("entries", -1, "import.too-many-elements");
        }
        List<ParsedEntry> parsed = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String path = "entries[" + i + "]";
            List<String> aliases = new ArrayList<>();
            List<String> qualities = new ArrayList<>();
            for (JsonNode alias : iterable(entry.get("aliases"))) {
                aliases.add(alias.isTextual() ? alias.asText() : text(alias, "name"));
                qualities.add(alias.isTextual() ? "GOOD" : quality(text(alias, "quality")));
            }
            List<String> births = new ArrayList<>();
            iterable(entry.get("birthDates")).forEach(node -> births.add(node.asText()));
            List<String> nationalities = new ArrayList<>();
            iterable(entry.get("nationalities")).forEach(node -> nationalities.add(node.asText()));
            List<EntryContent.Document> documents = new ArrayList<>();
            for (JsonNode document : iterable(entry.get("documents"))) {
                documents.add(new EntryContent.Document(
                        text(document, "type"), text(document, "number"), text(document, "country")));
            }
            add(
                    parsed,
                    references,
                    path,
                    text(entry, "referenceNumber"),
                    text(entry, "kind"),
                    text(entry, "name"),
                    aliases,
                    qualities,
                    births,
                    nationalities,
                    documents,
                    text(entry, "regime"));
        }
        return new ParsedList(null, parsed);
    }

    public static ParsedList csv(InputStream input) {
        String text;
        try {
            text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException("line 1", 1, "import.malformed");
        }
        // Blank lines are skipped and do not count: "line N" is the N-th non-blank record, header included.
        List<List<String>> rows = CsvFiles.readLenient(text).stream()
                .map(CsvFiles.Row::fields)
                .filter(fields -> !(fields.size() == 1 && fields.get(0).isBlank()))
                .toList();
        if (rows.isEmpty() || !rows.get(0).stream().map(String::strip).toList().equals(CSV_HEADER)) {
            throw new ImportException("line 1", 1, "import.csv-header");
        }
        if (rows.size() > MAX_ENTRIES + 1) {
            throw new ImportException("line " + (MAX_ENTRIES + 2), MAX_ENTRIES + 2, "import.too-many-elements");
        }
        List<ParsedEntry> parsed = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String path = "line " + (i + 1);
            if (row.size() != CSV_HEADER.size()) {
                throw new ImportException(path, i + 1, "import.csv-columns");
            }
            List<String> aliases =
                    row.get(3).isBlank() ? List.of() : List.of(row.get(3).split(";"));
            List<String> document = row.get(6).isBlank() ? List.of() : List.of(row.get(6));
            add(
                    parsed,
                    references,
                    path,
                    blankToNull(row.get(0)),
                    blankToNull(row.get(1)),
                    blankToNull(row.get(2)),
                    aliases,
                    aliases.stream().map(alias -> "GOOD").toList(),
                    row.get(4).isBlank() ? List.of() : List.of(row.get(4).strip()),
                    row.get(5).isBlank() ? List.of() : List.of(row.get(5).strip()),
                    document.stream()
                            .map(number -> new EntryContent.Document(null, number.strip(), null))
                            .toList(),
                    null);
        }
        return new ParsedList(null, parsed);
    }

    private static void add(
            List<ParsedEntry> parsed,
            Set<String> references,
            String path,
            String reference,
            String kind,
            String name,
            List<String> aliases,
            List<String> qualities,
            List<String> births,
            List<String> nationalities,
            List<EntryContent.Document> documents,
            String regime) {
        if (reference == null || reference.isBlank()) {
            throw new ImportException(path + "/referenceNumber", -1, "import.missing");
        }
        if (!references.add(reference.strip())) {
            throw new ImportException(path + "/referenceNumber", -1, "import.duplicate-reference");
        }
        if (name == null || name.isBlank()) {
            throw new ImportException(path + "/name", -1, "import.missing");
        }
        EntryKind entryKind;
        try {
            entryKind = EntryKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportException(path + "/kind", -1, "import.national.kind");
        }
        List<EntryContent.Name> names = new ArrayList<>();
        names.add(new EntryContent.Name(name.strip(), "PRIMARY"));
        for (int i = 0; i < aliases.size(); i++) {
            if (aliases.get(i) != null && !aliases.get(i).isBlank()) {
                names.add(new EntryContent.Name(aliases.get(i).strip(), qualities.get(i)));
            }
        }
        List<EntryContent.BirthDate> birthDates = new ArrayList<>();
        for (String birth : births) {
            try {
                birthDates.add(
                        birth.length() == 4
                                ? new EntryContent.BirthDate("EXACT", null, Integer.valueOf(birth), null, null)
                                : new EntryContent.BirthDate(
                                        "EXACT", LocalDate.parse(birth).toString(), null, null, null));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new ImportException(path + "/birthDate", -1, "import.bad-date");
            }
        }
        for (String nationality : nationalities) {
            if (!nationality.matches("^[A-Z]{2}$")) {
                throw new ImportException(path + "/nationality", -1, "import.national.country");
            }
        }
        parsed.add(new ParsedEntry(
                reference.strip(),
                entryKind,
                name.strip(),
                null,
                new EntryContent(regime, names, birthDates, nationalities, documents, null)));
    }

    private static String quality(String quality) {
        return quality == null
                ? "GOOD"
                : switch (quality.toUpperCase(Locale.ROOT)) {
                    case "LOW" -> "LOW";
                    case "AKA" -> "AKA";
                    case "FKA" -> "FKA";
                    default -> "GOOD";
                };
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
