package org.g5sahel.pcms.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.g5sahel.pcms.bench.Api;
import org.g5sahel.pcms.bench.Platform;
import org.g5sahel.pcms.bench.Results;
import org.g5sahel.pcms.bench.data.BulkLoad;
import org.g5sahel.pcms.bench.load.LoadGenerator;
import org.g5sahel.pcms.bench.load.Request;
import org.g5sahel.pcms.bench.load.RunResult;

/**
 * A record the caller may not see must be indistinguishable from a record that does not exist: the same 404 answer,
 * and no difference in time either. As Mali's gendarmerie (ml-firearms), {@code GET /firearms/{id}} of (a) firearms
 * Niger's agencies hold with distribution NATIONAL or AGENCY (hidden from Mali), (b) random UUIDs that name nothing,
 * and (c), for reference, Niger's firearms shared with the G5 (visible: 200, and an audit row). First the answers of
 * (a) and (b) are compared (status, headers and problem body apart from the id and the trace id); then the three
 * kinds are interleaved in one constant-rate stream (coordinated omission corrected) — half the closed-loop maximum
 * of (b), a third each — in several rounds, through the gateway and straight to the service in turn, so that what the
 * machine does meanwhile hits every kind alike.
 */
public final class Existence implements Measure {

    private static final String READER = "ml-firearms";
    private static final String OWNER = "ne-firearms";
    private static final String OWNER_STATE = "NE";
    private static final String API = "/api/firearms/v1/firearms";
    /** In {@code other_markings} of firearms this measure registers itself (when the loaded data has too few). */
    private static final String MARKER = "pcms-bench-existence";
    /** Ids of each kind cycled through by the runs. */
    private static final int IDS = 2000;
    /** Hidden and visible records the owner must hold; registered through the API when fewer are loaded. */
    private static final int MINIMUM = 1000;
    /** Ids of each kind whose answers are compared, on each path. */
    private static final int COMPARED = 25;

    private static final List<String> HIDDEN = List.of("AGENCY", "NATIONAL");
    private static final List<String> VISIBLE = List.of("G5", "PARTNERS");
    private static final String[] KINDS = {"hidden", "absent", "visible"};
    /** Headers whose value is new for every request: compared by name only. */
    private static final Set<String> PER_REQUEST = Set.of("date", "x-request-id");

    @Override
    public String name() {
        return "existence";
    }

    private static int rounds(BenchContext context) {
        return "full".equals(context.scale().name()) ? 6 : 2;
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        FirearmLookup.loadFirearms(context, name());
        Map<String, Object> owned = new LinkedHashMap<>();
        owned.put("hiddenRegistered", ensureOwned(context.platform(), HIDDEN, "NATIONAL"));
        owned.put("visibleRegistered", ensureOwned(context.platform(), VISIBLE, "G5"));
        context.results().detail(name(), "registeredThroughApi", owned);
    }

    /**
     * Registers, as Niger's gendarmerie and with {@code distribution}, as many firearms as Niger lacks for
     * {@link #MINIMUM} in force with one of {@code distributions}; returns how many it registered.
     */
    private static int ensureOwned(Platform platform, List<String> distributions, String distribution)
            throws Exception {
        long existing;
        try (Connection connection = platform.connect(Platform.database("firearms"))) {
            existing = count(connection, distributions);
        }
        int missing = (int) Math.max(0, MINIMUM - existing);
        if (missing == 0) {
            return 0;
        }
        Api api = new Api();
        for (int i = 1; i <= missing; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "ASSAULT_RIFLE");
            body.put("make", "Kalashnikov");
            body.put("model", "AKM");
            body.put("calibre", "7,62 x 39 mm");
            body.put("serialNumber", "EX" + distribution.charAt(0) + "-" + String.format("%06d", existing + i));
            body.put("manufactureCountry", "RU");
            body.put("importCountry", OWNER_STATE);
            body.put("otherMarkings", MARKER);
            body.put("holderCategory", "STATE_GENDARMERIE");
            body.put("sharing", Map.of("distribution", distribution));
            api.post(
                            platform.serviceUrl("firearms") + API,
                            platform.token(OWNER),
                            body,
                            Map.of("Idempotency-Key", "pcms-bench-existence-" + distribution + "-" + (existing + i)))
                    .requireStatus(201, 409);
        }
        return missing;
    }

    /** Niger's firearms with one of {@code distributions}, in force (a G5 record past its review date is hidden). */
    private static long count(Connection connection, List<String> distributions) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from firearm where owner_state = ? and distribution = any(?)"
                        + " and (review_by is null or review_by >= current_date)")) {
            statement.setString(1, OWNER_STATE);
            statement.setArray(2, connection.createArrayOf("text", distributions.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Platform platform = context.platform();
        List<String> hidden;
        List<String> visible;
        List<String> absent = new ArrayList<>();
        long records;
        try (Connection connection = platform.connect(Platform.database("firearms"))) {
            hidden = sample(connection, HIDDEN, IDS * 3);
            visible = sample(connection, VISIBLE, IDS * 2);
            while (absent.size() < IDS * 3) {
                absent.add(UUID.randomUUID().toString());
            }
            long named = existing(connection, absent);
            if (named > 0) {
                throw new IllegalStateException(named + " of the random UUIDs name a firearm");
            }
            records = BulkLoad.number(connection, "select count(*) from firearm");
        }
        if (hidden.size() < MINIMUM || visible.size() < MINIMUM) {
            throw new IllegalStateException(
                    "too few records: " + hidden.size() + " hidden, " + visible.size() + " visible");
        }
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("gateway", platform.gatewayUrl());
        paths.put("direct", platform.serviceUrl("firearms"));
        // Each path, and the query alone, gets ids of its own: a first read finds a record's pages no warmer than
        // a first read of a random UUID finds the index.
        List<List<List<String>>> ids = new ArrayList<>();
        for (int p = 0; p < paths.size(); p++) {
            ids.add(List.of(part(hidden, p, 3), part(absent, p, 3), part(visible, p, 2)));
        }

        // Same answer: status, headers and problem body of hidden and absent ids, apart from the id and the trace id.
        Map<String, Object> answers = new LinkedHashMap<>();
        int q = 0;
        for (Map.Entry<String, String> path : paths.entrySet()) {
            List<List<String>> of = ids.get(q++);
            answers.put(
                    path.getKey(),
                    compareAnswers(path.getValue(), platform.token(READER), of.get(0), of.get(1), of.get(2)));
        }
        Results results = context.results();
        results.detail(name(), "records", records);
        results.detail(name(), "reader", READER + " (ML-GENDARMERIE)");
        results.detail(
                name(),
                "hidden",
                OWNER_STATE + " firearms with distribution " + HIDDEN + ", "
                        + ids.get(0).get(0).size() + " ids for each path and for the query alone");
        results.detail(
                name(),
                "absent",
                ids.get(0).get(1).size()
                        + " random UUIDs for each path and for the query alone, none in the firearm table");
        results.detail(
                name(),
                "visible",
                OWNER_STATE + " firearms with distribution " + VISIBLE + ", in force, "
                        + ids.get(0).get(2).size() + " ids for each path");
        results.detail(name(), "answers", answers);

        var scale = context.scale();
        int connections = GatewayOverhead.CONNECTIONS;
        List<List<Supplier<Request>>> kinds = new ArrayList<>();
        for (int p = 0; p < paths.size(); p++) {
            kinds.add(List.of(
                    cycle(ids.get(p).get(0)),
                    cycle(ids.get(p).get(1)),
                    cycle(ids.get(p).get(2))));
        }
        // The maximum on UUIDs of its own, new at every request, so that it warms none of the ids measured next.
        RunResult absentMax = context.load()
                .closed(
                        new LoadGenerator.Target(platform.gatewayUrl(), platform.token(READER)),
                        () -> Request.get(API + "/" + UUID.randomUUID()),
                        connections,
                        scale.warmup(),
                        scale.measured().dividedBy(2));
        expect(results, absentMax, 404, "closed loop of absent ids");
        double rate = Math.max(3, Math.floor(absentMax.throughput() / 2));
        results.detail(name(), "absentMaxViaGateway", absentMax.toMap());

        int rounds = rounds(context);
        Duration warmup = scale.warmup().compareTo(Duration.ofSeconds(2)) < 0 ? scale.warmup() : Duration.ofSeconds(2);
        Random order = new Random(11);
        List<String> names = new ArrayList<>(paths.keySet());
        // per path, per kind: the rounds' results and latencies
        List<List<List<RunResult>>> byRound = new ArrayList<>();
        List<List<List<Histogram>>> latencies = new ArrayList<>();
        for (int p = 0; p < paths.size(); p++) {
            byRound.add(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            latencies.add(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        List<Map<String, Object>> roundDetails = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < paths.size(); i++) {
                int p = round % 2 == 0 ? i : paths.size() - 1 - i;
                LoadGenerator.Target target = new LoadGenerator.Target(paths.get(names.get(p)), platform.token(READER));
                LoadGenerator.Interleaved run = context.load()
                        .constantRateInterleaved(
                                target, kinds.get(p), rate, connections, warmup, scale.measured(), order);
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("round", round + 1);
                detail.put("path", names.get(p));
                for (int k = 0; k < KINDS.length; k++) {
                    byRound.get(p).get(k).add(run.results().get(k));
                    latencies.get(p).get(k).add(run.latencies().get(k));
                    detail.put(KINDS[k], percentiles(run.results().get(k)));
                }
                detail.put(
                        "hiddenMinusAbsentMs",
                        differences(run.results().get(0), run.results().get(1)));
                roundDetails.add(detail);
            }
        }
        results.detail(name(), "rounds", roundDetails);
        Map<String, Object> alone;
        try (Connection connection = platform.connect(Platform.database("firearms"))) {
            alone = queryAlone(connection, part(hidden, 2, 3), part(absent, 2, 3));
        }
        results.detail(name(), "queryAlone", alone);

        String measure = "existence";
        long compared = COMPARED * 2L * paths.size();
        results.row(
                measure,
                "GET firearm by id as " + READER + ": hidden record (" + OWNER_STATE + ", NATIONAL or "
                        + "AGENCY) vs no record (random UUID), gateway and direct",
                "404 = 404, same answer",
                "visible record (" + OWNER_STATE + ", G5): 200",
                "",
                compared + " answers: status, headers, problem body compared apart from id and trace id");
        for (int p = 0; p < paths.size(); p++) {
            String via = "gateway".equals(names.get(p)) ? "via gateway" : "direct to the service";
            RunResult[] merged = new RunResult[KINDS.length];
            for (int k = 0; k < KINDS.length; k++) {
                merged[k] =
                        RunResult.merge(byRound.get(p).get(k), latencies.get(p).get(k));
                expect(results, merged[k], k == 2 ? 200 : 404, KINDS[k] + " ids " + via);
                results.detail(name(), KINDS[k] + "_" + names.get(p), merged[k].toMap());
            }
            double lowest = Double.MAX_VALUE;
            double highest = -Double.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                double difference = byRound.get(p).get(0).get(r).p50()
                        - byRound.get(p).get(1).get(r).p50();
                lowest = Math.min(lowest, difference);
                highest = Math.max(highest, difference);
            }
            Histogram hiddenAll = new Histogram(latencies.get(p).get(0).get(0).getHighestTrackableValue(), 3);
            latencies.get(p).get(0).forEach(hiddenAll::add);
            Histogram absentAll = new Histogram(latencies.get(p).get(1).get(0).getHighestTrackableValue(), 3);
            latencies.get(p).get(1).forEach(absentAll::add);
            double slower = slowerProbability(hiddenAll, absentAll);
            double band = noDifferenceBand(hiddenAll.getTotalCount(), absentAll.getTotalCount());
            Map<String, Object> difference = differences(merged[0], merged[1]);
            difference.put("probabilityHiddenSlower", round(slower));
            difference.put("noDifferenceTwoSigma", round(band));
            results.detail(name(), "hiddenMinusAbsent_" + names.get(p), difference);
            String at = " at " + Results.num(rate / KINDS.length, 0) + "/s each, " + via;
            String tool = merged[0].tool() + ", " + via;
            results.row(
                    measure,
                    "hidden record, p50 / p90 / p99" + at,
                    triple(merged[0]),
                    "no record " + triple(merged[1]),
                    Results.ratio(merged[0].p50(), merged[1].p50()),
                    tool);
            results.row(
                    measure,
                    "hidden minus no record, p50 / p90 / p99" + at,
                    signedTriple(merged[0], merged[1]),
                    "p50 difference per round " + signed(lowest) + " to " + signed(highest) + " ms (" + rounds
                            + " rounds)",
                    "",
                    tool);
            results.row(
                    measure,
                    "P(hidden record answered slower than no record)" + at,
                    String.format(Locale.ROOT, "%.3f", slower),
                    String.format(Locale.ROOT, "no difference: 0.500 +/- %.3f (2 sigma)", band),
                    "",
                    "Mann-Whitney U / (n1 n2) over " + hiddenAll.getTotalCount() + " + " + absentAll.getTotalCount()
                            + " latencies of the same runs");
            results.row(
                    measure, "visible record (200, audited), p50 / p90 / p99" + at, triple(merged[2]), "", "", tool);
        }
        for (String read : List.of("first", "again")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> hiddenRead = (Map<String, Object>) alone.get("hidden_" + read);
            @SuppressWarnings("unchecked")
            Map<String, Object> absentRead = (Map<String, Object>) alone.get("absent_" + read);
            results.row(
                    measure,
                    "the service's query alone, hidden record, p50 / p99, "
                            + ("first".equals(read) ? "first read of each id" : "each id read again"),
                    micros(hiddenRead.get("p50Ms")) + " / " + micros(hiddenRead.get("p99Ms")) + " ms",
                    "no record " + micros(absentRead.get("p50Ms")) + " / " + micros(absentRead.get("p99Ms")) + " ms",
                    Results.ratio((Double) hiddenRead.get("p50Ms"), (Double) absentRead.get("p50Ms")),
                    alone.get("tool") + ", P(hidden slower) " + hiddenRead.get("probabilityHiddenSlower"));
        }
    }

    /** The visibility predicate of {@code Visibility.CLAUSE} in SQL, as the service asks it for one id. */
    private static final String BY_ID = """
            select * from firearm
            where id = ? and (owner_agency = ? or ((review_by is null or review_by >= current_date) and (
                ? = any(granted_to)
                or (distribution = 'NATIONAL' and owner_state = ?)
                or (distribution = 'SELECTED' and (owner_state = ? or ? = any(shared_with) or ? = any(shared_with)))
                or (distribution in ('G5', 'PARTNERS') and ?)
                or (distribution = 'PARTNERS' and ? and (coalesce(array_length(shared_with, 1), 0) = 0
                    or ? = any(shared_with) or ? = any(shared_with))))))""";

    /**
     * The service's lookup alone, over JDBC on one connection: hidden and absent ids in random alternation, each id
     * read twice (a first read, then again once all were read), after a warm-up on other random UUIDs.
     */
    private static Map<String, Object> queryAlone(Connection connection, List<String> hidden, List<String> absent)
            throws Exception {
        int count = Math.min(hidden.size(), absent.size());
        Random order = new Random(13);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tool", "JDBC prepared statement, one connection, " + count + " + " + count + " ids interleaved");
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            for (int i = 0; i < 200; i++) {
                lookup(statement, UUID.randomUUID().toString());
            }
            for (String read : List.of("first", "again")) {
                Histogram hiddenTimes = new Histogram(60_000_000L, 3);
                Histogram absentTimes = new Histogram(60_000_000L, 3);
                for (int i = 0; i < count; i++) {
                    boolean hiddenFirst = order.nextBoolean();
                    for (int k = 0; k < 2; k++) {
                        boolean isHidden = (k == 0) == hiddenFirst;
                        long nanos = lookup(statement, isHidden ? hidden.get(i) : absent.get(i));
                        (isHidden ? hiddenTimes : absentTimes).recordValue(Math.max(1, nanos / 1000));
                    }
                }
                result.put("hidden_" + read, timings(hiddenTimes, absentTimes));
                result.put("absent_" + read, timings(absentTimes, null));
            }
        }
        return result;
    }

    /** Runs the lookup for one id as ml-firearms and returns its time in nanoseconds; no row may come back. */
    private static long lookup(PreparedStatement statement, String id) throws Exception {
        statement.setObject(1, UUID.fromString(id));
        statement.setString(2, "ML-GENDARMERIE");
        statement.setString(3, "ML-GENDARMERIE");
        statement.setString(4, "ML");
        statement.setString(5, "ML");
        statement.setString(6, "ML");
        statement.setString(7, "ML-GENDARMERIE");
        statement.setBoolean(8, true);
        statement.setBoolean(9, false);
        statement.setString(10, "ML");
        statement.setString(11, "ML-GENDARMERIE");
        long start = System.nanoTime();
        boolean found;
        try (ResultSet rows = statement.executeQuery()) {
            found = rows.next();
        }
        long nanos = System.nanoTime() - start;
        if (found) {
            throw new IllegalStateException("the visibility predicate lets ml-firearms see firearm " + id);
        }
        return nanos;
    }

    private static Map<String, Object> timings(Histogram times, Histogram other) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", times.getTotalCount());
        map.put("p50Ms", times.getValueAtPercentile(50) / 1000.0);
        map.put("p90Ms", times.getValueAtPercentile(90) / 1000.0);
        map.put("p99Ms", times.getValueAtPercentile(99) / 1000.0);
        map.put("meanMs", round(times.getMean() / 1000.0));
        if (other != null) {
            map.put("probabilityHiddenSlower", round(slowerProbability(times, other)));
        }
        return map;
    }

    private static String micros(Object milliseconds) {
        return Results.num((Double) milliseconds, 3);
    }

    /** Part {@code i} of {@code n} of a list, in order. */
    private static List<String> part(List<String> list, int i, int n) {
        int size = list.size() / n;
        return list.subList(i * size, (i + 1) * size);
    }

    /** Ids of Niger's firearms with one of {@code distributions}, in force, spread over the registry. */
    private static List<String> sample(Connection connection, List<String> distributions, int count) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("""
                select id from firearm
                where owner_state = ? and distribution = any(?) and (review_by is null or review_by >= current_date)
                order by random() limit ?""")) {
            statement.setString(1, OWNER_STATE);
            statement.setArray(2, connection.createArrayOf("text", distributions.toArray()));
            statement.setInt(3, count);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static long existing(Connection connection, List<String> ids) throws Exception {
        try (PreparedStatement statement =
                connection.prepareStatement("select count(*) from firearm where id = any(?)")) {
            Array array = connection.createArrayOf(
                    "uuid", ids.stream().map(UUID::fromString).toArray());
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Supplier<Request> cycle(List<String> ids) {
        int[] next = {0};
        return () -> Request.get(API + "/" + ids.get(next[0]++ % ids.size()));
    }

    /**
     * GETs {@link #COMPARED} hidden, absent and visible ids at {@code baseUrl}: hidden and absent must all answer 404
     * with the same status, headers and body once the id and the trace id are taken out, visible ones 200.
     */
    private static Map<String, Object> compareAnswers(
            String baseUrl, String token, List<String> hidden, List<String> absent, List<String> visible) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String reference = null;
        String referenceId = null;
        for (int i = 0; i < COMPARED; i++) {
            for (String[] asked : new String[][] {{"hidden", hidden.get(i)}, {"absent", absent.get(i)}}) {
                String id = asked[1];
                HttpResponse<String> response = get(http, baseUrl, token, id);
                String answer = normalised(response, id);
                if (response.statusCode() != 404) {
                    throw new IllegalStateException("GET " + baseUrl + API + "/" + id + " (" + asked[0] + ") answered "
                            + response.statusCode() + ", not 404: " + response.body());
                }
                if (reference == null) {
                    reference = answer;
                    referenceId = id;
                } else if (!reference.equals(answer)) {
                    throw new IllegalStateException("the answers for " + referenceId + " and " + id + " (" + asked[0]
                            + ") at " + baseUrl + " differ beyond the id:\n" + reference + "\n" + answer);
                }
            }
            HttpResponse<String> seen = get(http, baseUrl, token, visible.get(i));
            if (seen.statusCode() != 200) {
                throw new IllegalStateException("GET " + baseUrl + API + "/" + visible.get(i) + " (visible) answered "
                        + seen.statusCode() + ": " + seen.body());
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put(
                "compared",
                COMPARED + " hidden and " + COMPARED + " absent ids, all 404 with this answer; " + COMPARED
                        + " visible ids, all 200");
        report.put("answer", reference);
        return report;
    }

    private static HttpResponse<String> get(HttpClient http, String baseUrl, String token, String id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + API + "/" + id))
                .GET()
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The answer as a caller sees it, with the id asked for written {@code {id}} and the trace id (different for every
     * request) {@code {traceId}}: status, headers (names sorted; the values of {@link #PER_REQUEST} left out) and body.
     */
    private static String normalised(HttpResponse<String> response, String id) {
        String body = response.body().replace(id, "{id}");
        String traceId = null;
        try {
            JsonNode json = Api.JSON.readTree(body);
            if (json instanceof ObjectNode object && object.hasNonNull("traceId")) {
                traceId = object.get("traceId").asText();
            }
        } catch (IOException e) {
            // not JSON: compared as text
        }
        if (traceId != null && !traceId.isEmpty()) {
            body = body.replace(traceId, "{traceId}");
        }
        Map<String, List<String>> headers = new TreeMap<>();
        String trace = traceId;
        response.headers().map().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            headers.put(
                    key,
                    values.stream()
                            .map(value -> PER_REQUEST.contains(key)
                                    ? "{per request}"
                                    : trace == null
                                            ? value.replace(id, "{id}")
                                            : value.replace(id, "{id}").replace(trace, "{traceId}"))
                            .toList());
        });
        return "HTTP " + response.statusCode() + " " + headers + " " + body;
    }

    private static void expect(Results results, RunResult run, int status, String what) {
        long answered = run.statuses().getOrDefault(status, 0L);
        long expectedErrors = status >= 200 && status < 300 ? 0 : answered;
        if (answered == 0 || run.statuses().size() != 1 || run.errors() != expectedErrors) {
            results.failure(
                    "existence",
                    what + ": expected only HTTP " + status + ", got " + run.statuses() + " and "
                            + (run.errors() - expectedErrors) + " failed requests (" + run.tool() + ")");
        }
    }

    private static Map<String, Object> percentiles(RunResult run) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("completed", run.completed());
        map.put("p50Ms", run.p50());
        map.put("p90Ms", run.p90());
        map.put("p99Ms", run.p99());
        map.put("statuses", run.statuses());
        return map;
    }

    private static Map<String, Object> differences(RunResult a, RunResult b) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("p50Ms", round(a.p50() - b.p50()));
        map.put("p90Ms", round(a.p90() - b.p90()));
        map.put("p99Ms", round(a.p99() - b.p99()));
        map.put("meanMs", round(a.mean() - b.mean()));
        return map;
    }

    /**
     * The probability that a request of {@code a} took longer than one of {@code b} (ties count half): the
     * Mann-Whitney statistic U / (n_a n_b), from the histograms' buckets. 0.5 when timing tells the two apart no better
     * than a coin; {@link #noDifferenceBand} gives its spread when there is no difference.
     */
    static double slowerProbability(Histogram a, Histogram b) {
        TreeMap<Long, long[]> buckets = new TreeMap<>();
        a.recordedValues()
                .forEach(v -> buckets.computeIfAbsent(v.getValueIteratedTo(), k -> new long[2])[0] +=
                        v.getCountAtValueIteratedTo());
        b.recordedValues()
                .forEach(v -> buckets.computeIfAbsent(v.getValueIteratedTo(), k -> new long[2])[1] +=
                        v.getCountAtValueIteratedTo());
        double wins = 0;
        long bBelow = 0;
        long na = 0;
        long nb = 0;
        for (long[] counts : buckets.values()) {
            wins += counts[0] * (bBelow + counts[1] / 2.0);
            bBelow += counts[1];
            na += counts[0];
            nb += counts[1];
        }
        return na == 0 || nb == 0 ? Double.NaN : wins / ((double) na * nb);
    }

    /** Two standard deviations of {@link #slowerProbability} when both samples come from one distribution. */
    static double noDifferenceBand(long na, long nb) {
        return 2 * Math.sqrt((na + nb + 1) / (12.0 * na * nb));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String triple(RunResult run) {
        return Results.num(run.p50(), 2) + " / " + Results.num(run.p90(), 2) + " / " + Results.num(run.p99(), 2)
                + " ms";
    }

    private static String signedTriple(RunResult a, RunResult b) {
        return signed(a.p50() - b.p50()) + " / " + signed(a.p90() - b.p90()) + " / " + signed(a.p99() - b.p99())
                + " ms";
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "-") + Results.num(Math.abs(value), 2);
    }
}
