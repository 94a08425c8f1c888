package org.g5sahel.pcms.bench.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one load run measured. Latencies in milliseconds; in a constant-rate run they are counted from the moment each
 * request was due (coordinated omission corrected), in a closed-loop run from the moment it was sent.
 *
 * @param tool       the generator and its model, as printed in the results table
 * @param throughput completed requests per second over the measured window (errors included)
 * @param errors     answers outside 2xx and requests that failed or did not finish
 */
public record RunResult(
        String tool,
        String model,
        int connections,
        double targetRate,
        double seconds,
        long completed,
        long errors,
        double throughput,
        double p50,
        double p90,
        double p95,
        double p99,
        double p999,
        double max,
        double mean,
        Map<Integer, Long> statuses) {

    static RunResult of(
            String model,
            int connections,
            double targetRate,
            double seconds,
            Histogram latencies,
            long errors,
            Map<Integer, Long> statuses) {
        String tool = "closed".equals(model)
                ? "pcms-loadgen closed loop, " + connections + " connections"
                : String.format(
                        "pcms-loadgen constant rate %.0f/s, %d connections, CO-corrected", targetRate, connections);
        long completed = latencies.getTotalCount();
        return new RunResult(
                tool,
                model,
                connections,
                targetRate,
                seconds,
                completed,
                errors,
                completed / seconds,
                ms(latencies, 50),
                ms(latencies, 90),
                ms(latencies, 95),
                ms(latencies, 99),
                ms(latencies, 99.9),
                latencies.getMaxValue() / 1000.0,
                latencies.getMean() / 1000.0,
                statuses);
    }

    /**
     * Several runs of the same requests (rounds) as one: their latencies merged, counts and statuses added, their
     * measured windows summed.
     */
    public static RunResult merge(List<RunResult> rounds, List<Histogram> latencies) {
        Histogram all = new Histogram(latencies.get(0).getHighestTrackableValue(), 3);
        latencies.forEach(all::add);
        RunResult first = rounds.get(0);
        double seconds = rounds.stream().mapToDouble(RunResult::seconds).sum();
        long errors = rounds.stream().mapToLong(RunResult::errors).sum();
        Map<Integer, Long> statuses = new TreeMap<>();
        rounds.forEach(round -> round.statuses().forEach((status, count) -> statuses.merge(status, count, Long::sum)));
        long completed = all.getTotalCount();
        return new RunResult(
                first.tool() + ", " + rounds.size() + " rounds",
                first.model(),
                first.connections(),
                first.targetRate(),
                seconds,
                completed,
                errors,
                completed / seconds,
                ms(all, 50),
                ms(all, 90),
                ms(all, 95),
                ms(all, 99),
                ms(all, 99.9),
                all.getMaxValue() / 1000.0,
                all.getMean() / 1000.0,
                statuses);
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** For the JSON results, rounded to what is meaningful. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("tool", tool);
        map.put("model", model);
        map.put("connections", connections);
        if (targetRate > 0) {
            map.put("targetRate", round(targetRate));
        }
        map.put("seconds", round(seconds));
        map.put("completed", completed);
        map.put("errors", errors);
        map.put("throughputPerSecond", round(throughput));
        map.put("p50Ms", round(p50));
        map.put("p90Ms", round(p90));
        map.put("p95Ms", round(p95));
        map.put("p99Ms", round(p99));
        map.put("p999Ms", round(p999));
        map.put("maxMs", round(max));
        map.put("meanMs", round(mean));
        map.put("statuses", statuses);
        return map;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
