package org.g5sahel.pcms.bench.measure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.g5sahel.pcms.bench.Platform;
import org.g5sahel.pcms.bench.Results;
import org.g5sahel.pcms.bench.data.FirearmsData;
import org.g5sahel.pcms.bench.load.LoadGenerator;
import org.g5sahel.pcms.bench.load.Request;
import org.g5sahel.pcms.bench.load.RunResult;

/**
 * Registry lookup end to end: {@code GET /firearms/search?serial=…&purpose=…} through the gateway with a real
 * Keycloak token (bf-firearms, Burkina Faso's gendarmerie), serials drawn from the whole registry, against
 * {@code pgbench -S} on the same PostgreSQL at the same concurrency. Most serials belong to another agency: the search
 * then writes an audit row (a read of a visible record, or a hit on a hidden one), and audit rows are appended under
 * one lock per database (the hash chain). The agency's own serials, which write no audit row, are measured too.
 */
public final class FirearmLookup implements Measure {

    private static final String CALLER = "bf-firearms";
    private static final String CALLER_AGENCY = "BF-GENDARMERIE";

    @Override
    public String name() {
        return "firearms";
    }

    /** The bench firearms of this scale, loaded if missing, for the measures that read them. */
    static void loadFirearms(BenchContext context, String measure) throws Exception {
        long started = System.nanoTime();
        Map<String, Object> loaded =
                new FirearmsData(context.platform()).ensure(context.scale().firearms());
        context.results().detail(measure, "data", loaded);
        context.results().duration("load firearms", (System.nanoTime() - started) / 1e9);
    }

    private int pgbenchScale(BenchContext context) {
        return Math.max(1, context.scale().firearms() / 100_000);
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        loadFirearms(context, name());
        double seconds = new Pgbench(context.platform()).ensure(pgbenchScale(context));
        context.results().duration("load pgbench -i -s " + pgbenchScale(context), seconds);
    }

    @Override
    public void run(BenchContext context) throws Exception {
        FirearmsData data = new FirearmsData(context.platform());
        List<String> anySerials = data.sampleSerials(5000, null);
        List<String> ownSerials = data.sampleSerials(5000, CALLER_AGENCY);
        LoadGenerator.Target gateway = new LoadGenerator.Target(
                context.platform().gatewayUrl(), context.platform().token(CALLER));
        var scale = context.scale();
        int connections = GatewayOverhead.CONNECTIONS;
        RunResult anyMax;
        Map<String, Double> waits;
        try (WaitSampler sampler = new WaitSampler(context.platform(), Platform.database("firearms"))) {
            anyMax =
                    context.load().closed(gateway, searches(anySerials), connections, scale.warmup(), scale.measured());
            waits = sampler.averages();
        }
        RunResult ownMax =
                context.load().closed(gateway, searches(ownSerials), connections, scale.warmup(), scale.measured());
        double rate = Math.floor(anyMax.throughput() / 2);
        RunResult anyAtHalf = context.load()
                .constantRate(gateway, searches(anySerials), rate, connections, scale.warmup(), scale.measured());

        Pgbench pgbench = new Pgbench(context.platform());
        Map<String, Object> pgMax = pgbench.max(connections, scale.warmup(), scale.measured());
        double pgTps = (Double) pgMax.get("tps");
        Map<String, Object> pgAtHalf = pgbench.atRate(connections, pgTps / 2, scale.measured());

        Results results = context.results();
        long records = data.bulkFirearms();
        results.detail(name(), "records", records);
        results.detail(name(), "pgbenchAccounts", 100_000 * pgbenchScale(context));
        results.detail(name(), "anySerialMax", anyMax.toMap());
        results.detail(name(), "anySerialMaxDatabaseBackends", waits);
        results.detail(name(), "ownSerialMax", ownMax.toMap());
        results.detail(name(), "anySerialAtHalf", anyAtHalf.toMap());
        results.detail(name(), "pgbenchMax", pgMax);
        results.detail(name(), "pgbenchAtHalf", pgAtHalf);
        String measure = "registry lookup";
        String ofRecords = Results.num(records, 0) + " records";
        results.row(
                measure,
                "firearm by serial via gateway, max throughput (" + ofRecords + ")",
                Results.num(anyMax.throughput(), 0) + " req/s",
                "pgbench -S " + Results.num(pgTps, 0) + " tps",
                Results.ratio(anyMax.throughput(), pgTps),
                anyMax.tool());
        results.row(
                measure,
                "same, own agency's serials (no audit row)",
                Results.num(ownMax.throughput(), 0) + " req/s",
                "pgbench -S " + Results.num(pgTps, 0) + " tps",
                Results.ratio(ownMax.throughput(), pgTps),
                ownMax.tool());
        double pgP50 = (Double) pgAtHalf.get("p50Ms");
        double pgP99 = (Double) pgAtHalf.get("p99Ms");
        results.row(
                measure,
                "p50 at half max (" + Results.num(rate, 0) + " req/s)",
                Results.num(anyAtHalf.p50(), 2) + " ms",
                "pgbench p50 " + Results.num(pgP50, 2) + " ms at " + pgAtHalf.get("rate") + " tps",
                Results.ratio(anyAtHalf.p50(), pgP50),
                anyAtHalf.tool());
        results.row(
                measure,
                "p99 at half max (" + Results.num(rate, 0) + " req/s)",
                Results.num(anyAtHalf.p99(), 2) + " ms",
                "pgbench p99 " + Results.num(pgP99, 2) + " ms at " + pgAtHalf.get("rate") + " tps",
                Results.ratio(anyAtHalf.p99(), pgP99),
                anyAtHalf.tool());
        Checks.noErrors(results, name(), anyMax, ownMax, anyAtHalf);
    }

    /** Searches cycling through the serials (each searched as an officer types it, separators included). */
    private static Supplier<Request> searches(List<String> serials) {
        if (serials.isEmpty()) {
            throw new IllegalStateException("no bench firearms to search");
        }
        String purpose = URLEncoder.encode("PCMS benchmark: registry lookup", StandardCharsets.UTF_8);
        int[] next = {0};
        return () -> Request.get("/api/firearms/v1/firearms/search?serial="
                + URLEncoder.encode(serials.get(next[0]++ % serials.size()), StandardCharsets.UTF_8) + "&purpose="
                + purpose);
    }
}
