package org.g5sahel.pcms.bench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.g5sahel.pcms.bench.Platform;

/**
 * {@code pgbench -S} (one primary-key SELECT per transaction) on the same PostgreSQL, in its own database
 * {@code pcms_pgbench_bench} of {@code 100,000 × scale} accounts: the limit of one indexed read on this machine.
 * At a fixed rate ({@code -R}) latencies come from its per-transaction log, each counted from the transaction's
 * scheduled start (time + schedule lag), like the HTTP generator's.
 */
final class Pgbench {

    static final String DATABASE = "pcms_pgbench_bench";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final Platform platform;

    Pgbench(Platform platform) {
        this.platform = platform;
    }

    /** Creates and fills the database once for this scale factor. */
    double ensure(int scale) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = platform.connect("postgres");
                Statement statement = connection.createStatement()) {
            try (ResultSet exists =
                    statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
        }
        long accounts = -1;
        try (Connection connection = platform.connect(DATABASE);
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select count(*) from pg_class where relname = 'pgbench_accounts'")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                try (ResultSet count = statement.executeQuery("select count(*) from pgbench_accounts")) {
                    count.next();
                    accounts = count.getLong(1);
                }
            }
        }
        if (accounts != 100_000L * scale) {
            run(List.of("-i", "-q", "-s", Integer.toString(scale)), Duration.ofMinutes(5));
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Maximum transactions per second with {@code clients} connections. */
    Map<String, Object> max(int clients, Duration warmup, Duration measured) throws Exception {
        run(options(clients, warmup), warmup.plusMinutes(1));
        String output = run(options(clients, measured), measured.plusMinutes(1));
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench output: " + output);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tool", "pgbench -S -c " + clients + " -j 2");
        result.put("tps", Double.parseDouble(tps.group(1)));
        return result;
    }

    /** Latency percentiles at a fixed rate, from the transaction log. */
    Map<String, Object> atRate(int clients, double rate, Duration measured) throws Exception {
        Path logs = Files.createTempDirectory("pcms-pgbench");
        try {
            List<String> options = options(clients, measured);
            options.addAll(List.of(
                    "-R",
                    Long.toString(Math.round(rate)),
                    "-l",
                    "--log-prefix",
                    logs.resolve("tx").toString()));
            run(options, measured.plusMinutes(1));
            Histogram latencies = new Histogram(600_000_000L, 3);
            try (var files = Files.list(logs)) {
                for (Path file : files.toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                        // client transaction time_us script epoch epoch_us schedule_lag_us
                        String[] fields = line.split(" ");
                        latencies.recordValue(Long.parseLong(fields[2]) + Long.parseLong(fields[6]));
                    }
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put(
                    "tool", "pgbench -S -c " + clients + " -j 2 -R " + Math.round(rate) + " (latency + schedule lag)");
            result.put("rate", Math.round(rate));
            result.put("transactions", latencies.getTotalCount());
            result.put("p50Ms", latencies.getValueAtPercentile(50) / 1000.0);
            result.put("p99Ms", latencies.getValueAtPercentile(99) / 1000.0);
            result.put("maxMs", latencies.getMaxValue() / 1000.0);
            return result;
        } finally {
            try (var files = Files.list(logs)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(logs);
        }
    }

    private static List<String> options(int clients, Duration duration) {
        return new ArrayList<>(List.of(
                "-S",
                "-n",
                "-c",
                Integer.toString(clients),
                "-j",
                "2",
                "-T",
                Long.toString(Math.max(1, duration.toSeconds()))));
    }

    private String run(List<String> options, Duration timeout) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("pgbench", "-h", platform.pgHost(), "-p", platform.pgPort(), "-U", "postgres"));
        command.addAll(options);
        command.add(DATABASE);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroy();
            throw new IllegalStateException("pgbench did not finish: " + command);
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed: " + text);
        }
        return text;
    }
}
