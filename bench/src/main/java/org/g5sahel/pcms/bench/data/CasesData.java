package org.g5sahel.pcms.bench.data;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.g5sahel.pcms.bench.Api;
import org.g5sahel.pcms.bench.Platform;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Cases with many subjects, for the cross-border hit lookup. Templates go through the API — one case per State,
 * opened by its investigator, and two subjects (a person with a passport, a phone) in Niger's — so that cases,
 * subjects and their JSON details are what the service writes. Bulk cases and subjects copy them, varying ids,
 * references (numbered on from the service's counter), owners, names and numbers. Each bulk subject has one strong
 * identifier (every other subject a passport, the others a phone number in E.164), stored as the service stores it:
 * the HMAC-SHA-256 of {@code KIND:normalised} with the bench instance's key, URL-safe base64 without padding — checked
 * against the hashes the service computed for the template subjects before anything is written. Ten subjects a case.
 * Timelines and audit rows of the bulk history are not written (no measured path reads them).
 */
public final class CasesData {

    public static final String TITLE = "PCMS bench case";
    static final int SUBJECTS_PER_CASE = 10;
    static final String[] STATES = FirearmsData.STATES;
    private static final Map<String, String> CALLING_CODES =
            Map.of("BF", "226", "ML", "223", "MR", "222", "NE", "227", "TD", "235");
    private static final String API = "/api/cases/v1/cases";

    private final Platform platform;
    private final Api api = new Api();

    public CasesData(Platform platform) {
        this.platform = platform;
    }

    public static String investigator(String state) {
        return state.toLowerCase(Locale.ROOT) + "-investigator";
    }

    /** The State owning bulk case {@code g} (1-based). */
    public static String stateOfCase(long g) {
        return STATES[(int) (g % STATES.length)];
    }

    public static long caseOf(long subject) {
        return (subject - 1) / SUBJECTS_PER_CASE + 1;
    }

    /** Passport number of bulk subject {@code i} (odd numbers); the template person is number 0. */
    public static String passport(long i) {
        return "BP" + String.format("%08d", i);
    }

    /** Phone number, E.164, of bulk subject {@code i} (even numbers), in its case's State. */
    public static String phone(long i) {
        return "+" + CALLING_CODES.get(stateOfCase(caseOf(i))) + (10_000_000 + i);
    }

    public static boolean isPhone(long i) {
        return i % 2 == 0;
    }

    /** PostgreSQL's {@code md5(text)::uuid}: how bulk rows get ids both SQL and this class can compute. */
    static UUID md5Uuid(MessageDigest md5, String text) {
        byte[] digest = md5.digest(text.getBytes(StandardCharsets.UTF_8));
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = high << 8 | (digest[i] & 0xff);
            low = low << 8 | (digest[i + 8] & 0xff);
        }
        return new UUID(high, low);
    }

    /** Keyed hashes as the cases service computes them for a correlation key. */
    public static final class KeyedHash {
        private final Mac mac;

        public KeyedHash(String key) throws GeneralSecurityException {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        }

        String of(String kind, String normalised) {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal((kind + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
        }

        /** The keyed hash of bulk subject {@code i}'s identifier. */
        public String ofSubject(long i) {
            return isPhone(i) ? of("PHONE", phone(i)) : of("DOCUMENT", passport(i));
        }
    }

    /** Templates through the API (once), then cases and subjects topped up to {@code subjects} bench subjects. */
    public Map<String, Object> ensure(long subjects) throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        try (Connection connection = platform.connect(Platform.database("cases"))) {
            ensureTemplates(connection);
            KeyedHash hashes = new KeyedHash(platform.correlationKey());
            verifyHashes(connection, hashes);
            // Bulk cases are loaded whole (ten subjects each): the subjects loaded follow from the cases.
            long existingCases =
                    BulkLoad.number(connection, "select count(*) from investigation_case where title = ?", TITLE)
                            - STATES.length;
            long targetCases = caseOf(subjects);
            report.put("existingSubjects", existingCases * SUBJECTS_PER_CASE);
            if (existingCases < targetCases) {
                long started = System.nanoTime();
                long firstSubject = existingCases * SUBJECTS_PER_CASE + 1;
                long lastSubject = targetCases * SUBJECTS_PER_CASE;
                BulkLoad.into(connection, List.of("investigation_case", "subject", "subject_identifier"), c -> {
                    copyCases(c, existingCases + 1, targetCases);
                    copySubjects(c, template(c, "NE"), firstSubject, lastSubject);
                    copyIdentifiers(c, hashes, firstSubject, lastSubject);
                });
                report.put("loadedSubjects", lastSubject - firstSubject + 1);
                report.put("loadSeconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
            }
            report.put(
                    "subjectIdentifiers",
                    BulkLoad.number(
                            connection, "select reltuples::bigint from pg_class where relname = 'subject_identifier'"));
            report.put(
                    "cases",
                    BulkLoad.number(
                            connection, "select reltuples::bigint from pg_class where relname = 'investigation_case'"));
        }
        return report;
    }

    /** Bulk subjects in the database (whatever scale loaded them). */
    public long bulkSubjects() throws Exception {
        try (Connection connection = platform.connect(Platform.database("cases"))) {
            return (BulkLoad.number(connection, "select count(*) from investigation_case where title = ?", TITLE)
                            - STATES.length)
                    * SUBJECTS_PER_CASE;
        }
    }

    private void ensureTemplates(Connection connection) throws Exception {
        for (String state : STATES) {
            if (BulkLoad.number(
                            connection,
                            "select count(*) from (select 1 from investigation_case where title = ?"
                                    + " and owner_state = ? order by created_at limit 1) template",
                            TITLE,
                            state)
                    > 0) {
                continue;
            }
            api.post(
                            platform.serviceUrl("cases") + API,
                            platform.token(investigator(state)),
                            Map.of(
                                    "title",
                                    TITLE,
                                    "summary",
                                    "Template of the benchmarks' bulk cases",
                                    "threats",
                                    List.of("DRUG_TRAFFICKING")),
                            Map.of("Idempotency-Key", "pcms-bench-case-template-" + state))
                    .requireStatus(201);
        }
        String niger = template(connection, "NE");
        if (BulkLoad.number(connection, "select count(*) from subject where case_id = ?::uuid", niger) < 2) {
            String token = platform.token(investigator("NE"));
            String url = platform.serviceUrl("cases") + API + "/" + niger + "/subjects";
            api.post(
                            url,
                            token,
                            Map.of(
                                    "kind",
                                    "PERSON",
                                    "role",
                                    "SUSPECT",
                                    "person",
                                    Map.of(
                                            "nameLatin",
                                            "PCMS Bench Person 0",
                                            "nationality",
                                            "NE",
                                            "documents",
                                            List.of(Map.of(
                                                    "type",
                                                    "PASSPORT",
                                                    "number",
                                                    passport(0),
                                                    "issuingCountry",
                                                    "NE")))),
                            Map.of("Idempotency-Key", "pcms-bench-subject-template-person"))
                    .requireStatus(201);
            api.post(
                            url,
                            token,
                            Map.of("kind", "PHONE", "role", "MEANS", "phone", Map.of("number", "+227 10 00 00 00")),
                            Map.of("Idempotency-Key", "pcms-bench-subject-template-phone"))
                    .requireStatus(201);
        }
    }

    /** The template case of a State: the first bench case it opened. */
    private static String template(Connection connection, String state) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                "select id from investigation_case where title = ? and owner_state = ? order by created_at limit 1")) {
            statement.setString(1, TITLE);
            statement.setString(2, state);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** The service hashed the template subjects' passport and phone exactly as {@link KeyedHash} does. */
    private static void verifyHashes(Connection connection, KeyedHash hashes) throws Exception {
        Map<String, String> expected =
                Map.of("DOCUMENT", hashes.of("DOCUMENT", passport(0)), "PHONE", hashes.of("PHONE", "+22710000000"));
        try (PreparedStatement statement = connection.prepareStatement("select i.kind, i.keyed_hash from subject s"
                + " join subject_identifier i on i.subject_id = s.id where s.case_id = ?::uuid")) {
            statement.setString(1, template(connection, "NE"));
            int checked = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getString(2).equals(expected.get(rows.getString(1)))) {
                        throw new IllegalStateException("the cases service hashes " + rows.getString(1)
                                + " identifiers differently from the bench (is the correlation key the instance's?)");
                    }
                    checked++;
                }
            }
            if (checked != 2) {
                throw new IllegalStateException("template subjects of the cases service: " + checked + " identifiers");
            }
        }
    }

    private static String statesTable(String extra) {
        StringBuilder values = new StringBuilder();
        for (int s = 0; s < STATES.length; s++) {
            values.append(s == 0 ? "" : ", ")
                    .append("(")
                    .append(s)
                    .append(", '")
                    .append(STATES[s])
                    .append("'")
                    .append(extra.isEmpty() ? "" : ", '" + CALLING_CODES.get(STATES[s]) + "'")
                    .append(")");
        }
        return values.toString();
    }

    private static void copyCases(Connection connection, long from, long to) throws Exception {
        if (from > to) {
            return;
        }
        String sql = """
                with state(n, code) as (values %s),
                template as (
                    select distinct on (c.owner_state) s.n, c.* from investigation_case c
                    join state s on s.code = c.owner_state where c.title = ? order by c.owner_state, c.created_at),
                counter as (
                    select owner_state, last_number from reference_number_counter
                    where kind = 'CASE' and year = split_part((select reference from template limit 1), '-', 3)::int),
                bulk as (
                    select g, t.*, row_number() over (partition by t.owner_state order by g) as rank
                    from generate_series(?, ?) g join template t on t.n = g %% %d)
                insert into investigation_case (id, reference, title, summary, threats, status, status_reason,
                    status_changed_by, status_changed_at, lead_investigator, participating_agencies, prosecutor, court,
                    judicial_reference, created_by, created_at, updated_at, search_text, owner_state, owner_agency,
                    distribution, shared_with, handling_code, handling_restriction, source_reliability,
                    information_accuracy, review_by, discoverable, version)
                select md5('pcms-bench-case-' || g)::uuid,
                    b.owner_state || '-CASE-' || split_part(b.reference, '-', 3) || '-'
                        || lpad((counter.last_number + b.rank)::text,
                            greatest(6, length((counter.last_number + b.rank)::text)), '0'),
                    title, summary, threats, status, status_reason, status_changed_by, now() + g * interval '1 us',
                    lead_investigator, participating_agencies, prosecutor, court, judicial_reference, created_by,
                    now() + g * interval '1 us', now() + g * interval '1 us', search_text, b.owner_state, owner_agency,
                    distribution,
                    shared_with, handling_code, handling_restriction, source_reliability, information_accuracy,
                    review_by, discoverable, 0
                from bulk b join counter on counter.owner_state = b.owner_state""".formatted(statesTable(""), STATES.length);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, TITLE);
            statement.setLong(2, from);
            statement.setLong(3, to);
            statement.executeUpdate();
        }
        // Later cases opened through the API continue the gapless numbering after the bulk ones.
        BulkLoad.update(connection, """
                update reference_number_counter r set last_number = (
                    select coalesce(max(split_part(c.reference, '-', 4)::int), r.last_number) from investigation_case c
                    where c.owner_state = r.owner_state
                    and c.reference like r.owner_state || '-CASE-' || r.year || '-%')
                where r.kind = 'CASE'""");
    }

    /** Subjects {@code from}..{@code to}, copies of the two template subjects of Niger's template case. */
    private static void copySubjects(Connection connection, String templateCase, long from, long to) throws Exception {
        String sql = """
                with state(n, code, calling) as (values %s),
                template as (
                    select s.* from subject s where s.case_id = ?::uuid and s.kind in ('PERSON', 'PHONE')
                    and (s.details #>> '{person,documents,0,number}' = 'BP00000000'
                        or s.details #>> '{phone,number}' = '+22710000000')),
                bulk as (
                    select i, st.code as state, st.calling,
                        case when i %% 2 = 0 then 'PHONE' else 'PERSON' end as kind
                    from generate_series(?, ?) i join state st on st.n = ((i - 1) / %d + 1) %% %d)
                insert into subject (id, case_id, kind, role, chain_stage, modus_operandi, display_name, details,
                    protected_identity, minor, identity_release, released_by, created_by, created_at, version)
                select md5('pcms-bench-subject-' || i)::uuid, md5('pcms-bench-case-' || ((i - 1) / %d + 1))::uuid,
                    t.kind, t.role, t.chain_stage, t.modus_operandi,
                    case when b.kind = 'PHONE' then '+' || calling || (10000000 + i) else 'PCMS Bench Person ' || i end,
                    case when b.kind = 'PHONE' then jsonb_set(t.details, '{phone,number}',
                            to_jsonb('+' || calling || (10000000 + i)))
                        else jsonb_set(jsonb_set(t.details, '{person,documents,0,number}',
                            to_jsonb('BP' || lpad(i::text, greatest(8, length(i::text)), '0'))), '{person,nameLatin}',
                            to_jsonb('PCMS Bench Person ' || i)) end,
                    t.protected_identity, t.minor, t.identity_release, t.released_by,
                    lower(b.state) || '-investigator', now() + i * interval '1 us', 0
                from bulk b join template t on t.kind = b.kind""".formatted(statesTable("calling"), SUBJECTS_PER_CASE, STATES.length, SUBJECTS_PER_CASE);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, templateCase);
            statement.setLong(2, from);
            statement.setLong(3, to);
            statement.executeUpdate();
        }
    }

    /** The subjects' identifiers, hashed here and streamed to PostgreSQL with COPY. */
    private static void copyIdentifiers(Connection connection, KeyedHash hashes, long from, long to) throws Exception {
        Map<String, String> agencies = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select distinct on (owner_state) owner_state, owner_agency from investigation_case where title = ?"
                        + " order by owner_state, created_at")) {
            statement.setString(1, TITLE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    agencies.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy subject_identifier (subject_id, case_id, kind, keyed_hash, owner_state, owner_agency)"
                        + " from stdin");
        try {
            StringBuilder batch = new StringBuilder(1 << 20);
            for (long i = from; i <= to; i++) {
                long g = caseOf(i);
                String state = stateOfCase(g);
                String kind = isPhone(i) ? "PHONE" : "DOCUMENT";
                String hash = hashes.ofSubject(i);
                batch.append(md5Uuid(md5, "pcms-bench-subject-" + i))
                        .append('\t')
                        .append(md5Uuid(md5, "pcms-bench-case-" + g))
                        .append('\t')
                        .append(kind)
                        .append('\t')
                        .append(hash)
                        .append('\t')
                        .append(state)
                        .append('\t')
                        .append(agencies.get(state))
                        .append('\n');
                if (batch.length() > (1 << 20) - 256 || i == to) {
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
    }
}
