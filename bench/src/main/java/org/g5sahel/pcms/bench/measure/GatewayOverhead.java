package org.g5sahel.pcms.bench.measure;

import org.g5sahel.pcms.bench.Results;
import org.g5sahel.pcms.bench.load.LoadGenerator;
import org.g5sahel.pcms.bench.load.Request;
import org.g5sahel.pcms.bench.load.RunResult;

/**
 * The gateway's cost: one authenticated read (an agency of the directory by its code: token checked, one primary-key
 * read) sent straight to the directory and through the gateway at the same concurrency. Maximum throughput of each in
 * a closed loop, then latency of each at one constant rate — half the gateway's maximum — so that both run below
 * saturation and the difference is what the gateway adds to a request, not queueing.
 */
public final class GatewayOverhead implements Measure {

    static final int CONNECTIONS = 16;
    private static final String PATH = "/api/directory/v1/agencies/NE-OCRTIS";

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public void run(BenchContext context) {
        String token = context.platform().token("ne-investigator");
        LoadGenerator.Target direct =
                new LoadGenerator.Target(context.platform().serviceUrl("directory"), token);
        LoadGenerator.Target gateway =
                new LoadGenerator.Target(context.platform().gatewayUrl(), token);
        var scale = context.scale();
        RunResult directMax =
                context.load().closed(direct, () -> Request.get(PATH), CONNECTIONS, scale.warmup(), scale.measured());
        RunResult gatewayMax =
                context.load().closed(gateway, () -> Request.get(PATH), CONNECTIONS, scale.warmup(), scale.measured());
        double rate = Math.floor(gatewayMax.throughput() / 2);
        RunResult directAtRate = context.load()
                .constantRate(direct, () -> Request.get(PATH), rate, CONNECTIONS, scale.warmup(), scale.measured());
        RunResult gatewayAtRate = context.load()
                .constantRate(gateway, () -> Request.get(PATH), rate, CONNECTIONS, scale.warmup(), scale.measured());

        Results results = context.results();
        results.detail(name(), "request", "GET " + PATH + " (ne-investigator)");
        results.detail(name(), "directMax", directMax.toMap());
        results.detail(name(), "gatewayMax", gatewayMax.toMap());
        results.detail(name(), "directAtRate", directAtRate.toMap());
        results.detail(name(), "gatewayAtRate", gatewayAtRate.toMap());
        String measure = "gateway overhead";
        results.row(
                measure,
                "throughput through the gateway, " + CONNECTIONS + " connections",
                Results.num(gatewayMax.throughput(), 0) + " req/s",
                "direct " + Results.num(directMax.throughput(), 0) + " req/s",
                Results.ratio(gatewayMax.throughput(), directMax.throughput()),
                gatewayMax.tool());
        results.row(
                measure,
                "p50 added at " + Results.num(rate, 0) + " req/s",
                "+" + Results.num(gatewayAtRate.p50() - directAtRate.p50(), 2) + " ms ("
                        + Results.num(gatewayAtRate.p50(), 2) + " ms)",
                "direct p50 " + Results.num(directAtRate.p50(), 2) + " ms",
                Results.ratio(gatewayAtRate.p50(), directAtRate.p50()),
                gatewayAtRate.tool());
        results.row(
                measure,
                "p99 added at " + Results.num(rate, 0) + " req/s",
                "+" + Results.num(gatewayAtRate.p99() - directAtRate.p99(), 2) + " ms ("
                        + Results.num(gatewayAtRate.p99(), 2) + " ms)",
                "direct p99 " + Results.num(directAtRate.p99(), 2) + " ms",
                Results.ratio(gatewayAtRate.p99(), directAtRate.p99()),
                gatewayAtRate.tool());
        Checks.noErrors(results, name(), directMax, gatewayMax, directAtRate, gatewayAtRate);
    }
}
