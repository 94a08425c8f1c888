package org.g5sahel.pcms.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.g5sahel.pcms.bench.Api;
import org.g5sahel.pcms.bench.Platform;

/**
 * The firearms registry at scale. A few firearms are registered through the API (the templates: one per make and
 * model, by bf-firearms), so that every derived column — make and calibre comparison keys, defaults of the
 * sovereignty fields, review date, the first history entry — is what the service itself writes. The bulk rows are
 * copies of a template that vary only in what is trivially derived and checked here against the service's own rows:
 * id, reference (from the service's sequence), the serial in its three forms, owner, distribution and creation time.
 * Each firearm gets its first history entry, as registration writes it. Audit rows of the registrations are not
 * written: the audit chain is a log of past acts, and no measured read touches it beyond its last row.
 */
public final class FirearmsData {

    /** In {@code other_markings} of the templates and thus of every bulk copy: how bench rows are found again. */
    public static final String MARKER = "pcms-bench";

    private static final String API = "/api/firearms/v1/firearms";

    /** Makes and models of the templates; {@code prefix} starts every serial of the model. */
    private record Model(
            String type,
            String make,
            String model,
            String calibre,
            String prefix,
            String country,
            int year,
            String holder) {}

    private static final List<Model> MODELS = List.of(
            new Model("ASSAULT_RIFLE", "Kalashnikov", "AKM", "7,62 x 39 mm", "KA", "RU", 1978, "STATE_GENDARMERIE"),
            new Model("ASSAULT_RIFLE", "Norinco", "Type 56", "7.62x39", "NC56", "CN", 1985, "STATE_ARMY"),
            new Model("PISTOL", "Beretta", "92FS", "9 mm Parabellum", "BER", "IT", 1996, "STATE_POLICE"),
            new Model("RIFLE", "Fabrique Nationale", "FAL", "7,62 × 51 mm", "FNF", "BE", 1975, "STATE_ARMY"),
            new Model("PISTOL", "Makarov", "PM", "9 x 18 mm", "MAK", "RU", 1980, "STATE_POLICE"),
            new Model("LIGHT_MACHINE_GUN", "Kalashnikov", "PKM", "7,62 x 54R", "PKM", "RU", 1981, "STATE_ARMY"));

    /** Who holds the bulk records: per State its gendarmerie (three in five), counter-terrorism and national units. */
    static final String[] STATES = {"BF", "ML", "MR", "NE", "TD"};

    private final Platform platform;
    private final Api api = new Api();

    public FirearmsData(Platform platform) {
        this.platform = platform;
    }

    /** Serial of bulk firearm {@code i} (templates are number 0). */
    public static String serial(int i) {
        Model model = MODELS.get(i % MODELS.size());
        return model.prefix() + "-" + String.format("%07d", i);
    }

    /** The service's normalised form of the serials this class writes (upper-case letters and digits). */
    static String normalised(String serial) {
        return serial.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static String folded(String normalised) {
        return normalised.replace('O', '0').replace('I', '1').replace('S', '5').replace('B', '8');
    }

    /** Registers the templates through the API (once), then tops the registry up to {@code records} bench firearms. */
    public Map<String, Object> ensure(int records) throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        String token = platform.token("bf-firearms");
        for (Model model : MODELS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", model.type());
            body.put("make", model.make());
            body.put("model", model.model());
            body.put("calibre", model.calibre());
            body.put("serialNumber", model.prefix() + "-" + String.format("%07d", 0));
            body.put("manufactureCountry", model.country());
            body.put("manufactureYear", model.year());
            body.put("importCountry", "BF");
            body.put("importYear", 2004);
            body.put("otherMarkings", MARKER);
            body.put("holderCategory", model.holder());
            body.put("custodyAgency", "BF-GENDARMERIE");
            api.post(
                            platform.serviceUrl("firearms") + API,
                            token,
                            body,
                            Map.of("Idempotency-Key", "pcms-bench-firearm-template-" + model.prefix()))
                    .requireStatus(201, 409);
        }
        try (Connection connection = platform.connect(Platform.database("firearms"))) {
            verifyTemplates(connection);
            long existing = BulkLoad.number(connection, "select count(*) from firearm where other_markings = ?", MARKER)
                    - MODELS.size();
            report.put("existing", existing);
            if (existing < records) {
                long started = System.nanoTime();
                BulkLoad.into(
                        connection,
                        List.of("firearm", "firearm_status_change"),
                        c -> copy(c, (int) existing + 1, records));
                report.put("loadedRows", records - existing);
                report.put("loadSeconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
            }
            report.put("records", BulkLoad.number(connection, "select count(*) from firearm"));
        }
        return report;
    }

    /** The service wrote the templates' serial forms the way {@link #normalised} and {@link #folded} assume. */
    private static void verifyTemplates(Connection connection) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                "select serial_as_marked, serial_normalised, serial_folded from firearm where other_markings = ?")) {
            statement.setString(1, MARKER);
            int templates = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    templates++;
                    String normalised = normalised(rows.getString(1));
                    if (!normalised.equals(rows.getString(2))
                            || !folded(normalised).equals(rows.getString(3))) {
                        throw new IllegalStateException("the service normalises serial " + rows.getString(1) + " as "
                                + rows.getString(2) + " / " + rows.getString(3) + ", not as the bench does");
                    }
                }
            }
            if (templates < MODELS.size()) {
                throw new IllegalStateException("firearm templates missing: " + templates);
            }
        }
    }

    /** Bulk firearms {@code from}..{@code to}: copies of the templates with their first history entry. */
    private static void copy(Connection connection, int from, int to) throws Exception {
        List<String> owners = new ArrayList<>();
        for (String state : STATES) {
            String lower = state.toLowerCase(Locale.ROOT);
            String counterTerrorism = "NE".equals(state) ? "NE-OCRTIS" : state + "-CT";
            for (String[] owner : new String[][] {
                {state + "-GENDARMERIE", lower + "-firearms"},
                {state + "-GENDARMERIE", lower + "-firearms"},
                {state + "-GENDARMERIE", lower + "-firearms"},
                {counterTerrorism, lower + "-investigator"},
                {state + "-UNC", lower + "-coordinator"}
            }) {
                owners.add("(" + owners.size() + ", '" + state + "', '" + owner[0] + "', '" + owner[1] + "')");
            }
        }
        // Templates are numbered in the order of MODELS through their serial prefix, as serial(i) numbers them.
        StringBuilder prefixes = new StringBuilder();
        for (int m = 0; m < MODELS.size(); m++) {
            prefixes.append(m == 0 ? "" : ", ")
                    .append("(")
                    .append(m)
                    .append(", '")
                    .append(MODELS.get(m).prefix())
                    .append("')");
        }
        String sql = """
                with model(n, prefix) as (values %s),
                template as (
                    select model.n, model.prefix, f.*, h.reason as history_reason from model
                    join firearm f on f.other_markings = ? and f.serial_normalised = model.prefix || '0000000'
                    join firearm_status_change h on h.firearm_id = f.id and h.from_status is null),
                owner(n, state, agency, username) as (values %s),
                counter as (select owner_state, year, last_number from reference_number_counter where kind = 'FA'),
                bulk as (
                    select i, t.*, o.state as o_state, o.agency as o_agency, o.username as o_username,
                        t.prefix || '-' || lpad(i::text, greatest(7, length(i::text)), '0') as serial,
                        row_number() over (partition by o.state order by i) as rank,
                        case when i %% 10 < 6 then 'NATIONAL' when i %% 10 < 9 then 'G5' else 'AGENCY' end as dist
                    from generate_series(?, ?) i
                    join template t on t.n = i %% %d
                    join owner o on o.n = (i / %d) %% %d),
                registered as (
                    insert into firearm (id, reference, type, make, make_key, model, calibre, calibre_key,
                        serial_as_marked, serial_normalised, serial_folded, manufacture_country, manufacture_year,
                        import_country, import_year, other_markings, holder_category, custody_agency, status,
                        owner_state, owner_agency, distribution, shared_with, handling_code, handling_restriction,
                        source_reliability, information_accuracy, review_by, discoverable, version, created_at,
                        updated_at)
                    select gen_random_uuid(),
                        o_state || '-FA-' || split_part(reference, '-', 3) || '-'
                            || lpad((coalesce(c.last_number, 0) + rank)::text,
                                greatest(6, length((coalesce(c.last_number, 0) + rank)::text)), '0'),
                        type, make, make_key, model, calibre, calibre_key, serial,
                        upper(replace(serial, '-', '')), translate(upper(replace(serial, '-', '')), 'OISB', '0158'),
                        manufacture_country, manufacture_year, import_country, import_year, other_markings,
                        holder_category, o_agency, status, o_state, o_agency, dist, '{}', handling_code,
                        handling_restriction, source_reliability, information_accuracy, review_by, discoverable, 0,
                        now() + i * interval '1 microsecond', now() + i * interval '1 microsecond'
                    from bulk left join counter c
                        on c.owner_state = bulk.o_state and c.year = split_part(bulk.reference, '-', 3)::int
                    returning id, owner_state, owner_agency, created_at, status)
                insert into firearm_status_change (id, firearm_id, from_status, to_status, occurred_on, place, reason,
                    changed_at, changed_by, changed_by_state, changed_by_agency)
                select gen_random_uuid(), r.id, null, r.status, r.created_at::date, null,
                    (select history_reason from template limit 1), r.created_at,
                    (select username from owner where owner.agency = r.owner_agency limit 1), r.owner_state,
                    r.owner_agency
                from registered r""".formatted(prefixes, String.join(", ", owners), MODELS.size(), MODELS.size(), owners.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, MARKER);
            statement.setInt(2, from);
            statement.setInt(3, to);
            statement.executeUpdate();
        }
        // Firearms registered later through the API continue each State's gapless numbering after the bulk ones.
        BulkLoad.update(connection, """
                insert into reference_number_counter (owner_state, kind, year, last_number)
                select owner_state, 'FA', split_part(reference, '-', 3)::int, max(split_part(reference, '-', 4)::bigint)
                from firearm group by 1, 3
                on conflict (owner_state, kind, year) do update set last_number = excluded.last_number""");
    }

    /** Bulk firearms in the database (whatever scale loaded them). */
    public long bulkFirearms() throws Exception {
        try (Connection connection = platform.connect(Platform.database("firearms"))) {
            return BulkLoad.number(connection, "select count(*) from firearm where other_markings = ?", MARKER)
                    - MODELS.size();
        }
    }

    /** Up to {@code count} serials of bench firearms, spread over the registry; only the agency's own if given. */
    public List<String> sampleSerials(int count, String ownerAgency) throws Exception {
        try (Connection connection = platform.connect(Platform.database("firearms"));
                PreparedStatement statement = connection.prepareStatement("""
                        select serial_as_marked from firearm
                        where other_markings = ? and (cast(? as text) is null or owner_agency = ?)
                        order by random() limit ?""")) {
            statement.setString(1, MARKER);
            statement.setString(2, ownerAgency);
            statement.setString(3, ownerAgency);
            statement.setInt(4, count);
            List<String> serials = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    serials.add(rows.getString(1));
                }
            }
            return serials;
        }
    }
}
