package org.g5sahel.pcms.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.g5sahel.pcms.bench.load.LoadGenerator;
import org.g5sahel.pcms.bench.measure.BenchContext;
import org.g5sahel.pcms.bench.measure.ConsolePages;
import org.g5sahel.pcms.bench.measure.Correlation;
import org.g5sahel.pcms.bench.measure.Existence;
import org.g5sahel.pcms.bench.measure.FanOut;
import org.g5sahel.pcms.bench.measure.FirearmLookup;
import org.g5sahel.pcms.bench.measure.GatewayOverhead;
import org.g5sahel.pcms.bench.measure.Measure;
import org.g5sahel.pcms.bench.measure.Screening;
import org.g5sahel.pcms.bench.measure.StartupAndMemory;

/**
 * The benchmarks of issue 11 against the running bench instance: loads every data set the chosen measures need,
 * then runs them in a fixed order, writes the JSON results and prints the table. Started by bench/run, which builds
 * this tool and brings the instance up.
 *
 * <pre>
 * Bench --root DIR --scale full|quick --out FILE
 *     [startup|gateway|firearms|existence|screening|fanout|correlation]...
 * </pre>
 */
public final class Bench {

    private Bench() {}

    /** Every measure, in the order they run: start-up first, on the loaded databases, before anything warms up. */
    static List<Measure> all() {
        return List.of(
                new StartupAndMemory(),
                new GatewayOverhead(),
                new FirearmLookup(),
                new Existence(),
                new Screening(),
                new FanOut(),
                new Correlation(),
                new ConsolePages());
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Scale scale = Scale.FULL;
        Path out = null;
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--scale" -> scale = Scale.named(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> wanted.add(args[i]);
            }
        }
        List<Measure> measures = new ArrayList<>();
        for (Measure measure : all()) {
            if (wanted.isEmpty() || wanted.contains(measure.name())) {
                measures.add(measure);
            }
        }
        List<String> known = all().stream().map(Measure::name).toList();
        for (String name : wanted) {
            if (!known.contains(name)) {
                System.err.println("unknown measure " + name + "; known: " + String.join(", ", known));
                System.exit(2);
            }
        }
        if (out == null) {
            out = root.resolve("bench/results/" + Instant.now().toString().replace(":", "") + ".json");
        }

        Platform platform = new Platform(root);
        Results results = new Results();
        results.run("startedAt", Instant.now().toString());
        results.run("scale", scale.describe());
        results.run("measures", measures.stream().map(Measure::name).toList());
        results.run("machine", machine(platform));
        List<Map<String, Object>> load = new ArrayList<>();
        long started = System.nanoTime();
        try (LoadGenerator generator = new LoadGenerator()) {
            BenchContext context = new BenchContext(platform, scale, results, generator);
            List<Measure> ready = new ArrayList<>();
            for (Measure measure : measures) {
                if (step(results, measure.name(), "prepare " + measure.name(), () -> measure.prepare(context))) {
                    ready.add(measure);
                }
            }
            for (Measure measure : ready) {
                load.add(loadAverage("before " + measure.name()));
                step(results, measure.name(), "measure " + measure.name(), () -> measure.run(context));
            }
            load.add(loadAverage("end"));
        }
        results.duration("total", (System.nanoTime() - started) / 1e9);
        results.run("loadAverage", load);
        results.run("finishedAt", Instant.now().toString());
        results.write(out);
        results.print(System.out);
        System.out.println("results: " + root.relativize(out.toAbsolutePath()));
        System.exit(results.failed() ? 1 : 0);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** Runs one step, timing it; a failure is recorded and the run goes on with the next measure. */
    private static boolean step(Results results, String measure, String label, Step step) {
        System.out.println("==> " + label);
        long started = System.nanoTime();
        try {
            step.run();
            return true;
        } catch (Exception | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            System.err.println(trace);
            results.failure(measure, label + ": " + e);
            return false;
        } finally {
            results.duration(label, (System.nanoTime() - started) / 1e9);
        }
    }

    private static Map<String, Object> loadAverage(String when) throws Exception {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("when", when);
        sample.put("at", Instant.now().toString());
        sample.put("loadAverage1m5m15m", Procfs.loadAverage());
        return sample;
    }

    private static Map<String, Object> machine(Platform platform) throws Exception {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", Procfs.cpuModel());
        machine.put("memoryGiB", Math.round(Procfs.memTotalGiB() * 10) / 10.0);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        try (Connection connection = platform.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("select version(), current_setting('shared_buffers'),"
                        + " current_setting('max_connections')")) {
            version.next();
            machine.put("postgresql", version.getString(1));
            machine.put("postgresqlSharedBuffers", version.getString(2));
            machine.put("postgresqlMaxConnections", version.getString(3));
        }
        machine.put("loadAverageAtStart", Procfs.loadAverage());
        return machine;
    }
}
