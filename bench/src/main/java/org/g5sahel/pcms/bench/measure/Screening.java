package org.g5sahel.pcms.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.g5sahel.pcms.bench.Api;
import org.g5sahel.pcms.bench.Procfs;
import org.g5sahel.pcms.bench.Results;
import org.g5sahel.pcms.bench.data.Names;
import org.g5sahel.pcms.bench.data.OfacSizeList;
import org.g5sahel.pcms.bench.data.UnList;
import org.g5sahel.pcms.bench.data.WatchlistData;
import org.g5sahel.pcms.bench.load.LoadGenerator;
import org.g5sahel.pcms.bench.load.Request;
import org.g5sahel.pcms.bench.load.RunResult;

/**
 * Name screening: names per second per core, and recall and precision on a variants set, for traveller screening
 * (alerts, against the bench watch list) and sanctions screening (aml, against the UN list the demo seed imports and
 * a generated list of OFAC's size, {@link OfacSizeList}). Throughput requests go straight to each service; a
 * 300-passenger manifest is also timed through the gateway, one at a time, for its p99. "Per core" divides the names
 * screened by the CPU seconds the service process used meanwhile (/proc); the figure per machine core divides by the
 * busy time of the whole machine (PostgreSQL and the load generator included).
 */
public final class Screening implements Measure {

    static final String PURPOSE = "PCMS benchmark: screening";
    private static final String TRAVELLERS = "/api/alerts/v1/screenings";
    private static final String SANCTIONS = "/api/aml/v1/screenings";
    /** Travellers a request: a flight's manifest. */
    private static final int TRAVELLERS_PER_REQUEST = 300;

    private static final int TRAVELLER_REQUESTS = 20;
    private static final int SANCTIONS_REQUESTS = 30;
    /**
     * Requests sent, and not counted, before a speed is measured, in rounds of this many: a service that has just
     * started runs its code interpreted until the JIT compilers have compiled it, and spends CPU compiling it, where
     * a screening service in use has long been compiled. Rounds go on until the compiler threads used under
     * {@link #COMPILING_AT_MOST} of the service's CPU in a round, or {@link #WARM_UP_ROUNDS} rounds.
     */
    private static final int WARM_UP_REQUESTS = 6;

    private static final double COMPILING_AT_MOST = 0.05;
    private static final int WARM_UP_ROUNDS = 12;
    /** Manifests timed one at a time through the gateway, for a p99 (the target: 2 s). */
    private static final int MANIFESTS_THROUGH_GATEWAY = 40;

    private static final int NAMES_PER_SANCTIONS_REQUEST = 100;
    private static final int QUALITY_TRAVELLERS = 50;

    private final Api api = new Api();

    @Override
    public String name() {
        return "screening";
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        long started = System.nanoTime();
        Map<String, Object> loaded = new WatchlistData(context.platform(), context.names())
                .ensure(context.scale().watchlistEntries());
        context.results().detail(name(), "watchlist", loaded);
        context.results().duration("load watch list", (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        context.results()
                .detail(
                        name(),
                        "ofacSizeList",
                        new OfacSizeList(context.platform(), context.names()).ensure(OfacSizeList.ENTRIES));
        context.results().duration("import OFAC-size list", (System.nanoTime() - started) / 1e9);
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Random random = new Random(11);
        travellers(context, random);
        sanctions(context, random);
    }

    /** Traveller screening: quality, speed, a manifest through the gateway, and the heap one request needs. */
    private void travellers(BenchContext context, Random random) throws Exception {
        Names names = context.names();
        WatchlistData watchlist = new WatchlistData(context.platform(), names);
        Results results = context.results();
        long listed = watchlist.count();
        String entries = Results.num(listed, 0) + " watch-list entries";

        Map<String, Object> travellerQuality = travellerQuality(context, watchlist, names, listed);
        results.detail(name(), "travellerQuality", travellerQuality);
        results.row(
                "screening",
                "traveller screening recall / precision (" + travellerQuality.get("variants")
                        + " variants, " + travellerQuality.get("unlisted") + " unlisted; name + date of birth; "
                        + entries
                        + ")",
                Results.num((Double) travellerQuality.get("recall"), 3) + " / "
                        + Results.num((Double) travellerQuality.get("precision"), 3),
                "service policy (matching module's standard thresholds)",
                "",
                "POST /screenings, " + QUALITY_TRAVELLERS + " travellers a request, 2 at a time");

        Supplier<String> manifests = () -> manifest(names, random, TRAVELLERS_PER_REQUEST);
        Map<String, Object> travellerSpeed = throughput(
                context, "alerts", "ne-border", TRAVELLERS, manifests, TRAVELLERS_PER_REQUEST, TRAVELLER_REQUESTS);
        results.detail(name(), "travellerThroughput", travellerSpeed);
        // Each traveller screening loads every watch-list entry in force: what that costs in memory, at this size.
        results.detail(
                name(),
                "alertsRssAfterTravellerScreeningMiB",
                Math.round(Procfs.rssMiB(context.platform().pid("alerts"))));
        results.row(
                "screening",
                "traveller screening, names/s per service core (" + entries + ")",
                Results.num((Double) travellerSpeed.get("namesPerServiceCpuSecond"), 2),
                Results.num((Double) travellerSpeed.get("namesPerSecond"), 2) + " names/s on the machine, "
                        + Results.num((Double) travellerSpeed.get("namesPerMachineCpuSecond"), 2)
                        + " per machine core",
                "",
                (String) travellerSpeed.get("tool"));

        Supplier<Request> manifestRequests =
                () -> Request.post(TRAVELLERS, manifest(names, random, TRAVELLERS_PER_REQUEST));
        RunResult viaGateway = context.load()
                .batch(
                        new LoadGenerator.Target(
                                context.platform().gatewayUrl(),
                                context.platform().token("ne-border"),
                                null),
                        manifestRequests,
                        1,
                        MANIFESTS_THROUGH_GATEWAY);
        RunResult direct = context.load()
                .batch(
                        new LoadGenerator.Target(
                                context.platform().serviceUrl("alerts"),
                                context.platform().token("ne-border"),
                                null),
                        manifestRequests,
                        1,
                        MANIFESTS_THROUGH_GATEWAY);
        Checks.noErrors(results, name(), viaGateway);
        results.detail(name(), "manifestViaGateway", viaGateway.toMap());
        results.detail(name(), "manifestDirect", direct.toMap());
        results.row(
                "screening",
                TRAVELLERS_PER_REQUEST + "-passenger manifest through the gateway, p50 / p99 (" + entries
                        + "; target p99 ≤ 2 s)",
                Results.num(viaGateway.p50(), 0) + " / " + Results.num(viaGateway.p99(), 0) + " ms",
                "straight to alerts: " + Results.num(direct.p50(), 0) + " / " + Results.num(direct.p99(), 0) + " ms",
                "",
                viaGateway.tool() + ", " + MANIFESTS_THROUGH_GATEWAY + " manifests one at a time");

        heapDuringOneRequest(
                context,
                "alerts",
                "ne-border",
                TRAVELLERS,
                manifest(names, random, TRAVELLERS_PER_REQUEST),
                direct.p50(),
                "traveller screening (after full GC; " + entries + ")",
                TRAVELLERS_PER_REQUEST + "-passenger manifest");
    }

    /**
     * The live heap while a service holds its lists' index in memory and screens: a full collection halfway through
     * one request (by {@code typicalMillis}, the time such a request took), then the heap left in use, against the
     * chart's memory limit for the service.
     */
    private void heapDuringOneRequest(
            BenchContext context,
            String service,
            String user,
            String path,
            String body,
            double typicalMillis,
            String screening,
            String request)
            throws Exception {
        CompletableFuture<Api.Answer> inFlight = CompletableFuture.supplyAsync(() -> api.post(
                context.platform().serviceUrl(service) + path,
                context.platform().token(user),
                body,
                Map.of()));
        TimeUnit.MILLISECONDS.sleep((long) (typicalMillis / 2));
        double[] heap = StartupAndMemory.heapAfterFullGc(context.platform().pid(service));
        inFlight.get(10, TimeUnit.MINUTES).requireStatus(200);
        Map<String, String> limits =
                StartupAndMemory.chartMemoryLimits(context.platform().root().resolve("helm/pcms/values.yaml"));
        String limit = limits.getOrDefault(service, limits.get("defaults"));
        context.results().detail(name(), service + "HeapInUseDuringScreeningMiB", Math.round(heap[1]));
        context.results()
                .row(
                        "memory",
                        service + ": heap in use during one " + screening,
                        Results.num(heap[1], 0) + " MiB",
                        "chart limit " + limit,
                        "",
                        "jcmd GC.run, GC.heap_info halfway through a " + request);
    }

    /** Sanctions screening against the UN list: quality, then speed. */
    private void sanctions(BenchContext context, Random random) throws Exception {
        Names names = context.names();
        List<UnList.Individual> un =
                UnList.individuals(UnList.file(context.platform().root()));
        Results results = context.results();
        Map<String, Object> sanctionsQuality = sanctionsQuality(context, un, names);
        results.detail(name(), "sanctionsQuality", sanctionsQuality);
        results.row(
                "screening",
                "sanctions screening recall / precision (" + sanctionsQuality.get("variants") + " variants, "
                        + sanctionsQuality.get("unlisted") + " unlisted; name only)",
                Results.num((Double) sanctionsQuality.get("recall"), 3) + " / "
                        + Results.num((Double) sanctionsQuality.get("precision"), 3),
                "service policy (matching module's standard thresholds)",
                "",
                "POST /screenings, " + NAMES_PER_SANCTIONS_REQUEST + " names a request, 2 at a time");

        Supplier<String> sanctionsBatches = () -> {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int n = 0; n < NAMES_PER_SANCTIONS_REQUEST; n++) {
                batch.add(Map.of(
                        "name", n % 10 == 0 ? un.get(random.nextInt(un.size())).name() : names.unlisted(random)));
            }
            return Api.write(Map.of("purpose", PURPOSE, "batch", batch));
        };
        Map<String, Object> sanctionsSpeed = throughput(
                context, "aml", "ml-fiu", SANCTIONS, sanctionsBatches, NAMES_PER_SANCTIONS_REQUEST, SANCTIONS_REQUESTS);
        results.detail(name(), "sanctionsThroughput", sanctionsSpeed);
        results.row(
                "screening",
                "sanctions screening, names/s per service core (UN list, " + un.size()
                        + " individuals and the entities, and " + OfacSizeList.ENTRIES
                        + " entries of an OFAC-size list)",
                Results.num((Double) sanctionsSpeed.get("namesPerServiceCpuSecond"), 0),
                Results.num((Double) sanctionsSpeed.get("namesPerSecond"), 0) + " names/s on the machine, "
                        + Results.num((Double) sanctionsSpeed.get("namesPerMachineCpuSecond"), 0)
                        + " per machine core",
                "",
                (String) sanctionsSpeed.get("tool"));
        double millisPerRequest = (Double) sanctionsSpeed.get("wallSeconds") * 1000 * 2 / SANCTIONS_REQUESTS;
        heapDuringOneRequest(
                context,
                "aml",
                "ml-fiu",
                SANCTIONS,
                sanctionsBatches.get(),
                millisPerRequest,
                "sanctions screening (after full GC; UN list and " + OfacSizeList.ENTRIES + " entries)",
                NAMES_PER_SANCTIONS_REQUEST + "-name batch");
    }

    /** A manifest of travellers on no list (as most are), with dates of birth. */
    private static String manifest(Names names, Random random, int travellers) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int t = 0; t < travellers; t++) {
            list.add(traveller("t" + t, names.unlisted(random), randomBirth(random), "ML"));
        }
        return Api.write(Map.of("purpose", PURPOSE, "location", "PCMS bench", "travellers", list));
    }

    private static Map<String, Object> traveller(String ref, String name, LocalDate birth, String nationality) {
        Map<String, Object> traveller = new LinkedHashMap<>();
        traveller.put("ref", ref);
        traveller.put("name", name);
        traveller.put("dateOfBirth", birth.toString());
        traveller.put("nationality", nationality);
        return traveller;
    }

    private static LocalDate randomBirth(Random random) {
        return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_000));
    }

    /**
     * A fixed number of requests, two at a time, straight to the service, with its process CPU time and the machine's
     * measured over exactly that work, after requests of the same kind not counted until the service is compiled
     * ({@link #WARM_UP_REQUESTS}); the share of the JIT compilers in the CPU measured is recorded too.
     */
    private Map<String, Object> throughput(
            BenchContext context,
            String service,
            String user,
            String path,
            Supplier<String> bodies,
            int namesPerRequest,
            int requests)
            throws Exception {
        LoadGenerator.Target target = new LoadGenerator.Target(
                context.platform().serviceUrl(service), context.platform().token(user));
        long pid = context.platform().pid(service);
        int warmUpRequests = 0;
        double compilingShare;
        do {
            Procfs.CpuMeter round = new Procfs.CpuMeter(pid);
            double compilingBefore = Procfs.jitCompilerCpuSeconds(pid);
            Checks.noErrors(
                    context.results(),
                    name(),
                    context.load().batch(target, () -> Request.post(path, bodies.get()), 2, WARM_UP_REQUESTS));
            compilingShare = (Procfs.jitCompilerCpuSeconds(pid) - compilingBefore) / Math.max(round.read()[0], 0.01);
            warmUpRequests += WARM_UP_REQUESTS;
        } while (compilingShare > COMPILING_AT_MOST && warmUpRequests < WARM_UP_REQUESTS * WARM_UP_ROUNDS);
        Procfs.CpuMeter meter = new Procfs.CpuMeter(pid);
        double compilingBefore = Procfs.jitCompilerCpuSeconds(pid);
        RunResult run = context.load().batch(target, () -> Request.post(path, bodies.get()), 2, requests);
        double[] cpu = meter.read();
        double compiling = Procfs.jitCompilerCpuSeconds(pid) - compilingBefore;
        long screened = run.completed() * namesPerRequest;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(
                "tool",
                run.tool() + ", " + namesPerRequest + " names each, after " + warmUpRequests
                        + " not counted (until the JIT compilers used under " + Math.round(COMPILING_AT_MOST * 100)
                        + " % of the service's CPU, or " + WARM_UP_ROUNDS * WARM_UP_REQUESTS
                        + "), CPU from /proc");
        result.put("names", screened);
        result.put("warmUpRequests", warmUpRequests);
        result.put("warmUpLastRoundCompilingShare", round(compilingShare));
        result.put("compilingShare", round(compiling / Math.max(cpu[0], 0.01)));
        result.put("wallSeconds", round(cpu[2]));
        result.put("serviceCpuSeconds", round(cpu[0]));
        result.put("machineCpuSeconds", round(cpu[1]));
        result.put("namesPerSecond", round(screened / cpu[2]));
        result.put("namesPerServiceCpuSecond", round(screened / cpu[0]));
        result.put("namesPerMachineCpuSecond", round(screened / cpu[1]));
        result.put("requestLatency", run.toMap());
        Checks.noErrors(context.results(), name(), run);
        return result;
    }

    /** POSTs the batches two at a time (the machine has two cores) and returns the answers in order. */
    private List<JsonNode> screenAll(String url, String token, List<Object> bodies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (Object body : bodies) {
                answers.add(pool.submit(() ->
                        api.post(url, token, body, Map.of()).requireStatus(200).body()));
            }
            List<JsonNode> results = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Variants of visible (G5) watch-list persons, screened with their date of birth and nationality as on a
     * passport; names on no list with a random date of birth. A hit on the expected person is found; any other hit
     * is a false positive.
     */
    private Map<String, Object> travellerQuality(
            BenchContext context, WatchlistData watchlist, Names names, long listed) throws Exception {
        int variants = context.scale().travellerVariants();
        Random random = new Random(20261129);
        List<Map<String, Object>> travellers = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        while (expected.size() < variants) {
            WatchlistData.Person person = watchlist.person(1 + random.nextInt((int) listed - 1));
            if (person.g5()) {
                travellers.add(traveller(
                        "v" + expected.size(),
                        names.variant(person.name(), random),
                        person.dateOfBirth(),
                        person.nationality()));
                expected.add(person.name().name());
            }
        }
        for (int n = 0; n < variants / 2; n++) {
            travellers.add(traveller("n" + n, names.unlisted(random), randomBirth(random), "NE"));
            expected.add(null);
        }
        List<Object> bodies = new ArrayList<>();
        for (int from = 0; from < travellers.size(); from += QUALITY_TRAVELLERS) {
            bodies.add(Map.of(
                    "purpose",
                    PURPOSE,
                    "location",
                    "PCMS bench",
                    "travellers",
                    travellers.subList(from, Math.min(travellers.size(), from + QUALITY_TRAVELLERS))));
        }
        List<JsonNode> answers = screenAll(
                context.platform().serviceUrl("alerts") + TRAVELLERS,
                context.platform().token("ne-border"),
                bodies);
        int found = 0;
        int falsePositives = 0;
        for (int b = 0; b < answers.size(); b++) {
            for (JsonNode hit : answers.get(b).get("hits")) {
                String wanted = expected.get(
                        b * QUALITY_TRAVELLERS + hit.get("itemIndex").asInt());
                if (wanted != null
                        && hit.path("visible").asBoolean()
                        && wanted.equals(hit.path("label").asText())) {
                    found++;
                } else {
                    falsePositives++;
                }
            }
        }
        return quality(variants, variants / 2, found, falsePositives);
    }

    private static Map<String, Object> quality(int variants, int unlisted, int found, int falsePositives) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("variants", variants);
        result.put("unlisted", unlisted);
        result.put("found", found);
        result.put("falsePositives", falsePositives);
        result.put("recall", round3((double) found / variants));
        result.put("precision", round3(found + falsePositives == 0 ? 0 : (double) found / (found + falsePositives)));
        return result;
    }

    /**
     * Variants of the UN list's individuals, by family: another romanisation of the primary name and of each strong
     * alias, the order reversed, kinship particles and articles changed; and names on no list. Arabic-script names
     * are left out: the service's index holds the list's original-script names, so they would only test equality.
     * A candidate other than the expected entry is a false positive unless it has the same primary name (relatives
     * and duplicates across regimes are not mistakes).
     */
    private Map<String, Object> sanctionsQuality(BenchContext context, List<UnList.Individual> un, Names names)
            throws Exception {
        Random random = new Random(20260128);
        List<String> queries = new ArrayList<>();
        List<UnList.Individual> expected = new ArrayList<>();
        Map<String, Integer> families = new LinkedHashMap<>();
        int limit = context.scale().unIndividuals();
        for (UnList.Individual individual : un.subList(0, Math.min(limit, un.size()))) {
            List<String> variants = new ArrayList<>();
            add(families, "respelled primary name", variants, respelled(individual.name(), names, random));
            add(families, "order reversed", variants, reversed(individual.name()));
            add(families, "particles changed", variants, particlesChanged(individual.name()));
            for (String alias : individual.strongAliases()) {
                add(families, "respelled strong alias", variants, respelled(alias, names, random));
            }
            for (String variant : variants) {
                queries.add(variant);
                expected.add(individual);
            }
        }
        int variantCount = queries.size();
        int unlisted = Math.max(50, variantCount / 3);
        for (int n = 0; n < unlisted; n++) {
            queries.add(names.unlisted(random));
            expected.add(null);
        }
        List<Object> bodies = new ArrayList<>();
        for (int from = 0; from < queries.size(); from += NAMES_PER_SANCTIONS_REQUEST) {
            List<Map<String, String>> batch = new ArrayList<>();
            for (String query : queries.subList(from, Math.min(queries.size(), from + NAMES_PER_SANCTIONS_REQUEST))) {
                batch.add(Map.of("name", query));
            }
            bodies.add(Map.of("purpose", PURPOSE, "batch", batch));
        }
        List<JsonNode> answers = screenAll(
                context.platform().serviceUrl("aml") + SANCTIONS,
                context.platform().token("ml-fiu"),
                bodies);
        int found = 0;
        int falsePositives = 0;
        for (int b = 0; b < answers.size(); b++) {
            JsonNode resultsOfBatch = answers.get(b).get("results");
            for (int r = 0; r < resultsOfBatch.size(); r++) {
                UnList.Individual wanted = expected.get(b * NAMES_PER_SANCTIONS_REQUEST + r);
                String wantedName = wanted == null ? null : folded(wanted.name());
                for (JsonNode candidate : resultsOfBatch.get(r).get("candidates")) {
                    if (wanted != null
                            && wanted.reference()
                                    .equals(candidate.path("referenceNumber").asText())) {
                        found++;
                        wantedName = folded(candidate.path("primaryName").asText());
                    }
                }
                for (JsonNode candidate : resultsOfBatch.get(r).get("candidates")) {
                    boolean expectedOne = wanted != null
                            && wanted.reference()
                                    .equals(candidate.path("referenceNumber").asText());
                    boolean sameName = wantedName != null
                            && wantedName.equals(
                                    folded(candidate.path("primaryName").asText()));
                    if (!expectedOne && !sameName) {
                        falsePositives++;
                    }
                }
            }
        }
        Map<String, Object> result = quality(variantCount, unlisted, found, falsePositives);
        result.put("families", families);
        return result;
    }

    private static void add(Map<String, Integer> families, String family, List<String> variants, String variant) {
        if (variant != null) {
            variants.add(variant);
            families.merge(family, 1, Integer::sum);
        }
    }

    private static String respelled(String name, Names names, Random random) {
        boolean changed = false;
        List<String> tokens = new ArrayList<>();
        for (String token : name.split("\\s+")) {
            String other = names.respelled(token, random);
            changed |= other != null;
            tokens.add(other == null ? token : other);
        }
        return changed ? String.join(" ", tokens) : null;
    }

    private static String reversed(String name) {
        List<String> tokens = new ArrayList<>(List.of(name.split("\\s+")));
        if (tokens.size() < 2) {
            return null;
        }
        java.util.Collections.reverse(tokens);
        return String.join(" ", tokens);
    }

    /** Kinship particles and articles written the other usual way: bin → ould, ag → ben, al- → el- … */
    private static final Map<String, String> PARTICLE_SWAPS = Map.of(
            "bin", "ould", "ben", "ibn", "ag", "ben", "ould", "ben", "al", "el", "el", "al", "abu", "abou", "abou",
            "abu");

    private static String particlesChanged(String name) {
        boolean changed = false;
        List<String> tokens = new ArrayList<>();
        for (String token : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            int dash = token.indexOf('-');
            String head = dash > 0 ? token.substring(0, dash) : token;
            String swap = PARTICLE_SWAPS.get(head);
            changed |= swap != null;
            tokens.add(swap == null ? token : swap + (dash > 0 ? token.substring(dash) : ""));
        }
        return changed ? String.join(" ", tokens) : null;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
