package org.g5sahel.pcms.bench.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.g5sahel.pcms.bench.Api;
import org.g5sahel.pcms.bench.Platform;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Watch-list persons for traveller screening. One entry is created through the API (the template, by
 * ne-investigator) and read back; the bulk entries copy it with their own name, date of birth, nationality, passport,
 * owner and distribution (four in five G5, the others NATIONAL), deriving the screening columns as the service does —
 * checked first on the template: the label is the Latin name, {@code name_keys} the names as written,
 * {@code identifiers} {@code DOC:} and the compacted number, {@code sort_key} the folded label, U+0001 and the id.
 * References continue the service's per-State counter. Audit rows of the creations are not written.
 */
public final class WatchlistData {

    public static final String REASON = "PCMS bench watch list";
    static final String[] STATES = FirearmsData.STATES;
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);

    private final Platform platform;
    private final Names names;
    private final Api api = new Api();

    public WatchlistData(Platform platform, Names names) {
        this.platform = platform;
        this.names = names;
    }

    /** A bulk watch-list person: entry {@code i} (1-based; the template is 0). */
    public record Person(
            long i,
            Names.Watched name,
            LocalDate dateOfBirth,
            String nationality,
            String passport,
            String ownerState,
            boolean g5) {}

    public Person person(long i) {
        return new Person(
                i,
                names.watched(i),
                FIRST_BIRTH.plusDays(i * 7919 % 18_000),
                STATES[(int) (i % STATES.length)],
                "WL" + String.format("%08d", i),
                STATES[(int) (i / STATES.length % STATES.length)],
                i % 5 != 0);
    }

    /** Bench entries in the watch list (the template included). */
    public long count() throws Exception {
        try (Connection connection = platform.connect(Platform.database("alerts"))) {
            return BulkLoad.number(connection, "select count(*) from watchlist_entry where reason = ?", REASON);
        }
    }

    static String agencyOf(String state) {
        return "NE".equals(state) ? "NE-OCRTIS" : state + "-CT";
    }

    static String folded(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    public Map<String, Object> ensure(int entries) throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        try (Connection connection = platform.connect(Platform.database("alerts"))) {
            if (BulkLoad.number(connection, "select count(*) from watchlist_entry where reason = ?", REASON) == 0) {
                api.post(
                                platform.serviceUrl("alerts") + "/api/alerts/v1/watchlist-entries",
                                platform.token("ne-investigator"),
                                Map.of(
                                        "kind",
                                        "PERSON",
                                        "details",
                                        Map.of(
                                                "nameLatin",
                                                "Pcms Bench Watched",
                                                "dateOfBirth",
                                                "1980-01-01",
                                                "nationality",
                                                "NE",
                                                "documents",
                                                List.of(Map.of(
                                                        "type",
                                                        "PASSPORT",
                                                        "number",
                                                        "WL00000000",
                                                        "issuingCountry",
                                                        "NE"))),
                                        "reason",
                                        REASON,
                                        "actionRequested",
                                        "REPORT",
                                        "sharing",
                                        Map.of("distribution", "G5")),
                                Map.of("Idempotency-Key", "pcms-bench-watchlist-template"))
                        .requireStatus(201);
            }
            Template template = template(connection);
            long existing =
                    BulkLoad.number(connection, "select count(*) from watchlist_entry where reason = ?", REASON) - 1;
            report.put("existing", existing);
            if (existing < entries) {
                long started = System.nanoTime();
                BulkLoad.into(connection, List.of("watchlist_entry"), c -> copy(c, template, existing + 1, entries));
                report.put("loadedRows", entries - existing);
                report.put("loadSeconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
            }
            report.put("entries", BulkLoad.number(connection, "select count(*) from watchlist_entry"));
        }
        return report;
    }

    /** The template row, once checked to be derived the way {@link #copy} derives the bulk rows. */
    private record Template(
            ObjectNode details,
            String actionRequested,
            String validFrom,
            String reviewBy,
            String handlingCode,
            String sourceReliability,
            int informationAccuracy,
            String year) {}

    private static Template template(Connection connection) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("""
                select id, label, details::text, array_to_string(name_keys, '|'), array_to_string(identifiers, '|'),
                    birth_date, birth_year, sort_key, action_requested, valid_from, review_by, handling_code,
                    source_reliability, information_accuracy, reference
                from watchlist_entry where reason = ? order by created_at limit 1""")) {
            statement.setString(1, REASON);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                String label = row.getString(2);
                ObjectNode details = (ObjectNode) Api.JSON.readTree(row.getString(3));
                String number = details.get("documents").get(0).get("number").asText();
                boolean derivedAsAssumed = label.equals(details.get("nameLatin").asText())
                        && row.getString(4).equals(label)
                        && row.getString(5)
                                .equals("DOC:" + number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""))
                        && LocalDate.parse(row.getString(6)).equals(dateIn(details.get("dateOfBirth")))
                        && row.getInt(7) == LocalDate.parse(row.getString(6)).getYear()
                        && row.getString(8).equals(folded(label) + "\u0001" + row.getString(1));
                if (!derivedAsAssumed) {
                    throw new IllegalStateException("the alerts service derives watch-list columns differently from"
                            + " the bench: " + label + " / " + row.getString(4) + " / " + row.getString(5) + " / "
                            + row.getString(8));
                }
                return new Template(
                        details,
                        row.getString(9),
                        row.getString(10),
                        row.getString(11),
                        row.getString(12),
                        row.getString(13),
                        row.getInt(14),
                        row.getString(15).split("-")[2]);
            }
        }
    }

    /** A date as the service's JSON mapper writes it in {@code details}: [year, month, day], or ISO text. */
    private static LocalDate dateIn(JsonNode node) {
        return node.isArray()
                ? LocalDate.of(
                        node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt())
                : LocalDate.parse(node.asText());
    }

    /** {@code date} written the way the template's date is. */
    private static JsonNode dateLike(JsonNode template, LocalDate date) {
        if (template.isArray()) {
            ArrayNode parts = Api.JSON.createArrayNode();
            parts.add(date.getYear()).add(date.getMonthValue()).add(date.getDayOfMonth());
            return parts;
        }
        return Api.JSON.getNodeFactory().textNode(date.toString());
    }

    private void copy(Connection connection, Template template, long from, long to) throws Exception {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String state : STATES) {
            counters.put(
                    state,
                    BulkLoad.number(
                            connection,
                            "select coalesce(max(last_number), 0) from"
                                    + " reference_number_counter where owner_state = ? and kind = 'WL' and year = ?",
                            state,
                            Integer.parseInt(template.year())));
        }
        // Creation times follow the entries' numbers, a microsecond apart, as if created one after another.
        java.time.OffsetDateTime created = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy watchlist_entry (id, reference, kind, label, details, name_keys, identifiers, birth_date,
                    birth_year, nationality, reason, action_requested, valid_from, valid_until, active, sort_key,
                    owner_state, owner_agency, distribution, shared_with, handling_code, handling_restriction,
                    source_reliability, information_accuracy, review_by, discoverable, version, created_at,
                    updated_at) from stdin""");
        try {
            StringBuilder batch = new StringBuilder(1 << 20);
            for (long i = from; i <= to; i++) {
                Person person = person(i);
                UUID id = UUID.randomUUID();
                String label = person.name().name();
                ObjectNode details = template.details().deepCopy();
                details.put("nameLatin", label);
                details.set("dateOfBirth", dateLike(template.details().get("dateOfBirth"), person.dateOfBirth()));
                details.put("nationality", person.nationality());
                ObjectNode document = (ObjectNode) ((ArrayNode) details.get("documents")).get(0);
                document.put("number", person.passport());
                document.put("issuingCountry", person.nationality());
                long number = counters.merge(person.ownerState(), 1L, Long::sum);
                String reference = "%s-WL-%s-%06d".formatted(person.ownerState(), template.year(), number);
                String now = created.plusNanos(i * 1000).toString();
                batch.append(String.join(
                                "\t",
                                id.toString(),
                                reference,
                                "PERSON",
                                label,
                                Api.JSON.writeValueAsString(details).replace("\\", "\\\\"),
                                "{\"" + label + "\"}",
                                "{\"DOC:" + person.passport() + "\"}",
                                person.dateOfBirth().toString(),
                                Integer.toString(person.dateOfBirth().getYear()),
                                person.nationality(),
                                REASON,
                                template.actionRequested(),
                                template.validFrom(),
                                "\\N",
                                "t",
                                folded(label) + "\u0001" + id,
                                person.ownerState(),
                                agencyOf(person.ownerState()),
                                person.g5() ? "G5" : "NATIONAL",
                                "{}",
                                template.handlingCode(),
                                "\\N",
                                template.sourceReliability(),
                                Integer.toString(template.informationAccuracy()),
                                template.reviewBy(),
                                "t",
                                "0",
                                now,
                                now))
                        .append('\n');
                if (batch.length() > (1 << 20) - 4096 || i == to) {
                    byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    batch.setLength(0);
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        for (Map.Entry<String, Long> counter : counters.entrySet()) {
            BulkLoad.update(connection, """
                    insert into reference_number_counter (owner_state, kind, year, last_number) values (?, 'WL', ?, ?)
                    on conflict (owner_state, kind, year) do update set last_number = excluded.last_number""", counter.getKey(), Integer.parseInt(template.year()), counter.getValue());
        }
    }
}
