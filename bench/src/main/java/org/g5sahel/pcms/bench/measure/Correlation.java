package org.g5sahel.pcms.bench.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.g5sahel.pcms.bench.Api;
import org.g5sahel.pcms.bench.Platform;
import org.g5sahel.pcms.bench.Results;
import org.g5sahel.pcms.bench.data.CasesData;
import org.g5sahel.pcms.bench.load.LoadGenerator;
import org.g5sahel.pcms.bench.load.Request;
import org.g5sahel.pcms.bench.load.RunResult;

/**
 * Cross-border hit lookup with ten million subjects' identifiers. The lookup runs when a subject is added to a case
 * ({@code POST /cases/{id}/subjects}, in the same transaction): Mali's investigator adds, through the gateway at a
 * constant rate, subjects whose passport or phone number is held by another State's bulk case (a hit: a correlation,
 * two events, two timeline entries and an audit row are written) and subjects nobody else holds (no hit). The
 * reference is the service's own lookup query alone, sent to PostgreSQL over JDBC.
 */
public final class Correlation implements Measure {

    /** Well below what the service sustains on two cores: the latency of a lookup, not of a queue. */
    private static final double RATE = 5;

    private static final String LOOKUP = """
            select i.subject_id, i.case_id, i.kind, i.keyed_hash from subject_identifier i
            join investigation_case c on c.id = i.case_id
            where c.discoverable = true and i.keyed_hash = any (?) and i.owner_state <> ?""";

    private final Api api = new Api();

    @Override
    public String name() {
        return "correlation";
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        long started = System.nanoTime();
        Map<String, Object> loaded =
                new CasesData(context.platform()).ensure(context.scale().caseSubjects());
        context.results().detail(name(), "data", loaded);
        context.results().duration("load cases and identifiers", (System.nanoTime() - started) / 1e9);
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Platform platform = context.platform();
        long subjects = new CasesData(platform).bulkSubjects();
        int requests = context.scale().correlationRequests();
        String token = platform.token(CasesData.investigator("ML"));
        String caseId = api.post(
                        platform.gatewayUrl() + "/api/cases/v1/cases",
                        token,
                        Map.of(
                                "title",
                                "PCMS bench correlation run " + System.currentTimeMillis(),
                                "threats",
                                List.of("DRUG_TRAFFICKING")),
                        Map.of())
                .requireStatus(201)
                .body()
                .get("id")
                .asText();
        String path = "/api/cases/v1/cases/" + caseId + "/subjects";

        // Subjects of other States' cases, one per bulk case so that every hit is a new correlation.
        Random random = new Random(7);
        List<Long> hits = new ArrayList<>();
        Set<Long> cases = new HashSet<>();
        while (hits.size() < requests / 2) {
            long i = 1 + (long) (random.nextDouble() * subjects);
            long g = CasesData.caseOf(i);
            if (!"ML".equals(CasesData.stateOfCase(g)) && cases.add(g)) {
                hits.add(i);
            }
        }
        int[] next = {0, 0};
        Supplier<Request> hitting = () -> Request.post(path, subject(hits.get(next[0]++ % hits.size())));
        Supplier<Request> missing = () -> Request.post(
                path,
                Api.write(Map.of(
                        "kind",
                        "PHONE",
                        "role",
                        "MEANS",
                        "phone",
                        Map.of("number", "+223 9" + String.format("%07d", next[1]++ * 7 + random.nextInt(7))))));
        LoadGenerator.Target gateway = new LoadGenerator.Target(platform.gatewayUrl(), token);
        Duration window = Duration.ofMillis((long) (hits.size() / RATE * 1000));
        RunResult hit;
        Map<String, Double> hitWaits;
        try (WaitSampler sampler = new WaitSampler(platform, Platform.database("cases"))) {
            hit = context.load().constantRate(gateway, hitting, RATE, 4, Duration.ZERO, window);
            hitWaits = sampler.averages();
        }
        RunResult noHit;
        Map<String, Double> noHitWaits;
        try (WaitSampler sampler = new WaitSampler(platform, Platform.database("cases"))) {
            noHit = context.load().constantRate(gateway, missing, RATE, 4, Duration.ZERO, window);
            noHitWaits = sampler.averages();
        }

        long correlations;
        Map<String, Object> sql;
        try (Connection connection = platform.connect(Platform.database("cases"))) {
            correlations = countCorrelations(connection, caseId);
            sql = lookupAlone(connection, platform, subjects, Math.max(500, requests * 5));
        }
        Results results = context.results();
        results.detail(name(), "identifiers", subjects);
        results.detail(name(), "hitRun", hit.toMap());
        results.detail(name(), "noHitRun", noHit.toMap());
        results.detail(name(), "hitRunDatabaseBackends", hitWaits);
        results.detail(name(), "noHitRunDatabaseBackends", noHitWaits);
        results.detail(name(), "correlationsRecorded", correlations);
        results.detail(name(), "hitsSent", hit.completed());
        results.detail(name(), "sqlLookup", sql);
        String measure = "correlation";
        String of = "(" + Results.num(subjects, 0) + " identifiers)";
        results.row(
                measure,
                "hit lookup: add subject that hits " + of + ", p50 / p99 at " + (int) RATE + "/s",
                Results.num(hit.p50(), 1) + " / " + Results.num(hit.p99(), 1) + " ms",
                "lookup query alone " + Results.num((Double) sql.get("p50Ms"), 2) + " / "
                        + Results.num((Double) sql.get("p99Ms"), 2) + " ms",
                Results.ratio(hit.p50(), (Double) sql.get("p50Ms")),
                hit.tool() + ", via gateway");
        results.row(
                measure,
                "no hit: add subject nobody holds, p50 / p99 at " + (int) RATE + "/s",
                Results.num(noHit.p50(), 1) + " / " + Results.num(noHit.p99(), 1) + " ms",
                "",
                "",
                noHit.tool() + ", via gateway");
        results.row(
                measure,
                "hits detected",
                correlations + " / " + hit.completed(),
                "",
                "",
                "correlation_hit rows of the run's case");
        Checks.noErrors(results, name(), hit, noHit);
        if (correlations != hit.completed()) {
            results.failure(name(), "expected " + hit.completed() + " correlations, found " + correlations);
        }
    }

    private static String subject(long i) {
        if (CasesData.isPhone(i)) {
            return Api.write(Map.of("kind", "PHONE", "role", "MEANS", "phone", Map.of("number", CasesData.phone(i))));
        }
        return Api.write(Map.of(
                "kind",
                "PERSON",
                "role",
                "SUSPECT",
                "person",
                Map.of(
                        "nameLatin",
                        "Bench Traveller " + i,
                        "documents",
                        List.of(Map.of("type", "PASSPORT", "number", CasesData.passport(i))))));
    }

    private static long countCorrelations(Connection connection, String caseId) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from correlation_hit where case_a = ?::uuid or case_b = ?::uuid")) {
            statement.setString(1, caseId);
            statement.setString(2, caseId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The service's lookup query for random identifiers of the bulk data, one after another. */
    private static Map<String, Object> lookupAlone(Connection connection, Platform platform, long subjects, int count)
            throws Exception {
        CasesData.KeyedHash hashes = new CasesData.KeyedHash(platform.correlationKey());
        Random random = new Random(3);
        Histogram latencies = new Histogram(60_000_000L, 3);
        try (PreparedStatement statement = connection.prepareStatement(LOOKUP)) {
            for (int n = -100; n < count; n++) {
                long i = 1 + (long) (random.nextDouble() * subjects);
                statement.setArray(1, connection.createArrayOf("text", new String[] {hashes.ofSubject(i)}));
                statement.setString(2, "ML");
                long start = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
                if (n >= 0) {
                    latencies.recordValue((System.nanoTime() - start) / 1000);
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tool", "JDBC prepared statement, one connection, " + count + " lookups");
        result.put("p50Ms", latencies.getValueAtPercentile(50) / 1000.0);
        result.put("p99Ms", latencies.getValueAtPercentile(99) / 1000.0);
        return result;
    }
}
