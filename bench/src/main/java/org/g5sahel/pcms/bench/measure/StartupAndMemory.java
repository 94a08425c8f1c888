package org.g5sahel.pcms.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.g5sahel.pcms.bench.Api;
import org.g5sahel.pcms.bench.Platform;
import org.g5sahel.pcms.bench.Procfs;
import org.g5sahel.pcms.bench.Results;
import org.g5sahel.pcms.bench.load.LoadGenerator;
import org.g5sahel.pcms.bench.load.Request;
import org.g5sahel.pcms.bench.load.RunResult;

/**
 * Start-up and memory of every application of the instance, one at a time while the others run: stopped, started
 * again from its jar by bin/pcms's own functions (bench/lib/instance.sh), and timed from the start command to the
 * first successful answer to a real, authenticated request (polled every 20 ms; the first token check includes
 * fetching the realm's keys). Then warmed up with the same request in a closed loop of 4 connections for half the
 * scale's measuring time (10 s at full scale), and its resident set size read from /proc; then a full collection
 * (jcmd GC.run) and the heap it leaves in use, which is what a memory limit must hold. The reference is the memory
 * limit of the Helm chart (helm/pcms/values.yaml).
 */
public final class StartupAndMemory implements Measure {

    private static final Pattern HEAP_USED = Pattern.compile("garbage-first heap\\s+total (\\d+)K, used (\\d+)K");

    /** The request that shows an application serves: a read of its own, as a user who may make it. */
    private record Probe(String user, Supplier<Request> request) {}

    @Override
    public String name() {
        return "startup";
    }

    private static Map<String, Probe> probes() {
        String screening = Api.write(Map.of("purpose", Screening.PURPOSE, "name", "Iyad Ag Ghali"));
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put(
                "directory", new Probe("ne-investigator", () -> Request.get("/api/directory/v1/agencies/NE-OCRTIS")));
        probes.put("cases", new Probe("ml-investigator", () -> Request.get("/api/cases/v1/cases?limit=20")));
        probes.put("alerts", new Probe("ne-investigator", () -> Request.get("/api/alerts/v1/alerts?limit=20")));
        probes.put("training", new Probe("ne-investigator", () -> Request.get("/api/training/v1/courses?limit=20")));
        probes.put(
                "firearms",
                new Probe(
                        "bf-firearms",
                        () -> Request.get(
                                "/api/firearms/v1/firearms/search?serial=KA-0000000&purpose=PCMS%20benchmark")));
        probes.put("aml", new Probe("ml-fiu", () -> Request.post("/api/aml/v1/screenings", screening)));
        probes.put("gateway", new Probe("ne-investigator", () -> Request.get("/api/directory/v1/agencies/NE-OCRTIS")));
        return probes;
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Platform platform = context.platform();
        Map<String, String> limits = chartMemoryLimits(platform.root().resolve("helm/pcms/values.yaml"));
        List<String> apps = new ArrayList<>(platform.services());
        apps.add("gateway");
        Map<String, Probe> probes = probes();
        Results results = context.results();
        for (String app : apps) {
            Probe probe = probes.get(app);
            if (probe == null) {
                results.failure(name(), "no probe request for " + app);
                continue;
            }
            String token = platform.token(probe.user());
            instance(platform, "stop", app);
            long start = System.nanoTime();
            instance(platform, "start", app);
            double firstRequest =
                    firstAnswer(platform.appUrl(app), probe.request().get(), token, start);
            long pid = platform.pid(app);
            RunResult warmup = context.load()
                    .closed(
                            new LoadGenerator.Target(platform.appUrl(app), token),
                            probe.request(),
                            4,
                            Duration.ZERO,
                            context.scale().measured().dividedBy(2));
            double rss = Procfs.rssMiB(pid);
            double[] heap = heapAfterFullGc(pid);
            double rssAfterGc = Procfs.rssMiB(pid);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("firstRequestSeconds", round(firstRequest));
            detail.put("warmup", warmup.toMap());
            detail.put("rssAfterWarmupMiB", round(rss));
            detail.put("heapUsedAfterFullGcMiB", round(heap[1]));
            detail.put("heapCommittedAfterFullGcMiB", round(heap[0]));
            detail.put("rssAfterFullGcMiB", round(rssAfterGc));
            String limit = limits.getOrDefault(app, limits.get("defaults"));
            detail.put("chartMemoryLimit", limit);
            results.detail(name(), app, detail);
            results.row(
                    "start-up",
                    app + ": time to first request",
                    Results.num(firstRequest, 2) + " s",
                    "",
                    "",
                    "process start → first 2xx, polled every 20 ms");
            results.row(
                    "memory",
                    app + ": RSS after warm-up (heap in use after full GC)",
                    Results.num(rss, 0) + " MiB (" + Results.num(heap[1], 0) + " MiB)",
                    limit == null ? "" : "chart limit " + limit,
                    limit == null ? "" : Results.ratio(rss, mib(limit)),
                    "/proc VmRSS after " + warmup.completed() + " requests; jcmd GC.run, GC.heap_info");
            Checks.noErrors(results, name(), warmup);
        }
    }

    /** Runs bench/lib/instance.sh, which uses bin/pcms's functions to stop or start one application. */
    private static void instance(Platform platform, String action, String app) throws Exception {
        Process process = new ProcessBuilder(
                        "bash", platform.root().resolve("bench/lib/instance.sh").toString(), action, app)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("bench/lib/instance.sh " + action + " " + app + " failed: " + output);
        }
    }

    private static double firstAnswer(String baseUrl, Request request, String token, long start) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        HttpRequest http11 = (request.body() == null
                        ? builder.GET()
                        : builder.POST(HttpRequest.BodyPublishers.ofString(request.body())))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        long deadline = start + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(http11, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    return (System.nanoTime() - start) / 1e9;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new IllegalStateException(baseUrl + " did not answer within 180 s of its start");
    }

    /** [committed, used] heap in MiB after a full collection. */
    static double[] heapAfterFullGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        Matcher heap = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!heap.find()) {
            return new double[] {-1, -1};
        }
        return new double[] {Long.parseLong(heap.group(1)) / 1024.0, Long.parseLong(heap.group(2)) / 1024.0};
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process process = new ProcessBuilder("jcmd", Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    /**
     * The memory limits of the chart's values by workload ({@code defaults}, {@code gateway}, each service): a workload
     * without its own has the defaults'. The file writes them as flow maps
     * ({@code limits: { cpu: "1", memory: 640Mi }}), which a line scan reads.
     */
    static Map<String, String> chartMemoryLimits(Path values) throws IOException {
        Map<String, String> limits = new LinkedHashMap<>();
        Pattern memory = Pattern.compile("limits:\\s*\\{[^}]*memory:\\s*([0-9]+[MG]i)");
        String top = null;
        String service = null;
        for (String line : Files.readAllLines(values)) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            String key = line.strip().split(":")[0];
            if (indent == 0) {
                top = key;
                service = null;
            } else if (indent == 2 && "services".equals(top)) {
                service = key;
            }
            Matcher limit = memory.matcher(line);
            if (limit.find()) {
                String owner = "services".equals(top) ? service : top;
                limits.put(owner, limit.group(1));
            }
        }
        return limits;
    }

    private static double mib(String quantity) {
        double number = Double.parseDouble(quantity.replaceAll("[^0-9]", ""));
        return quantity.endsWith("Gi") ? number * 1024 : number;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
