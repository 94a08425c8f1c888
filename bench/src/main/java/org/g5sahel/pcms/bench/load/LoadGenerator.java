package org.g5sahel.pcms.bench.load;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.LongToIntFunction;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * HTTP load with a fixed number of keep-alive connections, on one Vert.x event loop (the generator shares the
 * machine's two cores with what it measures, so it must stay lean). Two models:
 * <ul>
 * <li><b>closed loop</b>: each connection sends its next request when the previous answer arrives; gives the maximum
 * throughput at that concurrency;</li>
 * <li><b>constant rate</b> (open model, as wrk2): requests are due at fixed intervals whatever the answers do, and
 * each latency is counted from the moment the request was due, so a stalled server is charged for every request it
 * delayed (coordinated omission corrected). A request waiting for a free connection is waiting on the server.</li>
 * </ul>
 * Latencies go to an HdrHistogram (microseconds, 3 significant digits). The scheduler parks between due times rather
 * than spinning, so a request may leave up to about 0.1 ms late; that delay is counted as latency. A constant-rate run
 * may also interleave several kinds of request in one stream and count each kind apart.
 */
public final class LoadGenerator implements AutoCloseable {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final Vertx vertx = Vertx.vertx(new VertxOptions()
            .setEventLoopPoolSize(1)
            .setWorkerPoolSize(1)
            .setInternalBlockingPoolSize(1)
            .setBlockedThreadCheckInterval(60_000));

    /**
     * Where requests go and as whom: a bearer token for the API, or a session cookie for the console's pages (whose
     * answers are HTML).
     */
    public record Target(String baseUrl, String token, String sessionCookie) {

        public Target(String baseUrl, String token) {
            this(baseUrl, token, null);
        }

        /** The console's pages, for the browser session of {@code sessionCookie} ({@code name=value}). */
        public static Target console(String baseUrl, String sessionCookie) {
            return new Target(baseUrl, null, sessionCookie);
        }
    }

    public RunResult closed(
            Target target, Supplier<Request> requests, int connections, Duration warmup, Duration measured) {
        Run run = new Run(target, connections, warmup, measured);
        CompletableFuture<Void> done = new CompletableFuture<>();
        int[] active = {connections};
        run.context.runOnContext(ignored -> {
            for (int i = 0; i < connections; i++) {
                run.loop(requests, () -> {
                    if (--active[0] == 0) {
                        done.complete(null);
                    }
                });
            }
        });
        await(done, warmup.plus(measured).plus(DRAIN));
        return run.finish("closed", 0);
    }

    /**
     * A fixed amount of work: {@code count} requests, {@code connections} at a time, each sent when one finishes. For
     * requests that take seconds, where a time window would hold too few of them to count.
     */
    public RunResult batch(Target target, Supplier<Request> requests, int connections, int count) {
        Run run = new Run(target, connections, Duration.ZERO, Duration.ofDays(1));
        run.answerTimeout = Duration.ofMinutes(30);
        run.recordAll = true;
        long started = System.nanoTime();
        CompletableFuture<Void> done = new CompletableFuture<>();
        int[] left = {count, Math.min(connections, count)};
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (left[0] == 0) {
                if (--left[1] == 0) {
                    done.complete(null);
                }
                return;
            }
            left[0]--;
            run.outstanding.incrementAndGet();
            run.send(requests.get(), System.nanoTime(), next[0]);
        };
        run.context.runOnContext(ignored -> {
            for (int i = 0; i < Math.min(connections, count); i++) {
                next[0].run();
            }
        });
        await(done, Duration.ofHours(2));
        RunResult result = run.finish("batch", 0);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RunResult(
                "pcms-loadgen " + count + " requests, " + connections + " at a time",
                "batch",
                connections,
                0,
                seconds,
                result.completed(),
                result.errors(),
                result.completed() / seconds,
                result.p50(),
                result.p90(),
                result.p95(),
                result.p99(),
                result.p999(),
                result.max(),
                result.mean(),
                result.statuses());
    }

    public RunResult constantRate(
            Target target,
            Supplier<Request> requests,
            double rate,
            int connections,
            Duration warmup,
            Duration measured) {
        Run run = new Run(target, connections, warmup, measured);
        schedule(run, rate, k -> 0, kind -> requests.get());
        return run.finish("constant-rate", rate);
    }

    /** One interleaved run: per kind of request, what it measured, and its latencies for merging several runs. */
    public record Interleaved(List<RunResult> results, List<Histogram> latencies) {}

    /**
     * Several kinds of request in one constant-rate stream (open model, coordinated omission corrected, as
     * {@link #constantRate}): the due times are dealt out in blocks holding one request of each kind, in a random order
     * within each block, so that every kind meets the same server, machine and moment, each at {@code rate / kinds}.
     * Latencies, statuses and errors are counted per kind.
     */
    public Interleaved constantRateInterleaved(
            Target target,
            List<Supplier<Request>> kinds,
            double rate,
            int connections,
            Duration warmup,
            Duration measured,
            Random order) {
        int n = kinds.size();
        Run run = new Run(target, connections, warmup, measured, n);
        List<Integer> block = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            block.add(i);
        }
        long[] due = new long[n];
        schedule(
                run,
                rate,
                k -> {
                    if (k % n == 0) {
                        Collections.shuffle(block, order);
                    }
                    return block.get((int) (k % n));
                },
                kind -> kinds.get(kind).get(),
                due);
        String tool = String.format(
                Locale.ROOT,
                "pcms-loadgen constant rate %.0f/s, %d kinds interleaved (%.1f/s each), %d connections, CO-corrected",
                rate,
                n,
                rate / n,
                connections);
        List<RunResult> results = new ArrayList<>();
        List<Histogram> latencies = new ArrayList<>();
        for (int kind = 0; kind < n; kind++) {
            Tally tally = run.tallies[kind];
            long unfinished = Math.max(0, due[kind] - tally.latencies.getTotalCount());
            RunResult of = RunResult.of(
                    "constant-rate",
                    connections,
                    rate / n,
                    run.seconds(),
                    tally.latencies,
                    tally.errors + unfinished,
                    tally.statuses);
            results.add(new RunResult(
                    tool,
                    of.model(),
                    of.connections(),
                    of.targetRate(),
                    of.seconds(),
                    of.completed(),
                    of.errors(),
                    of.throughput(),
                    of.p50(),
                    of.p90(),
                    of.p95(),
                    of.p99(),
                    of.p999(),
                    of.max(),
                    of.mean(),
                    of.statuses()));
            latencies.add(tally.latencies.copy());
        }
        run.client.close();
        return new Interleaved(results, latencies);
    }

    private void schedule(Run run, double rate, LongToIntFunction kindOf, IntFunction<Request> requests) {
        schedule(run, rate, kindOf, requests, new long[run.tallies.length]);
    }

    /**
     * Sends requests due at fixed intervals until the window ends, then waits for the answers; counts per kind the
     * requests due within the measured window in {@code dueInWindow}.
     */
    private void schedule(
            Run run, double rate, LongToIntFunction kindOf, IntFunction<Request> requests, long[] dueInWindow) {
        long interval = Math.max(1, Math.round(1e9 / rate));
        for (long k = 0; ; k++) {
            long due = run.start + k * interval;
            if (due >= run.measureUntil) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 50_000) {
                LockSupport.parkNanos(wait);
            }
            int kind = kindOf.applyAsInt(k);
            Request request = requests.apply(kind);
            if (due >= run.measureFrom) {
                dueInWindow[kind]++;
            }
            run.outstanding.incrementAndGet();
            run.context.runOnContext(ignored -> run.send(request, due, null, kind));
        }
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (run.outstanding.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        CompletableFuture<Void> settled = new CompletableFuture<>();
        run.context.runOnContext(ignored -> settled.complete(null));
        await(settled, Duration.ofSeconds(10));
    }

    private static void await(CompletableFuture<Void> future, Duration timeout) {
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("load run did not finish", e);
        }
    }

    /** Latencies, statuses and errors of one kind of request in a run; touched on the event loop only. */
    private static final class Tally {
        final Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        final Map<Integer, Long> statuses = new TreeMap<>();
        long errors;
    }

    /** One run's connections and counters; everything but {@link #outstanding} is touched on the event loop only. */
    private final class Run {

        final HttpClient client;
        final Context context = vertx.getOrCreateContext();
        final String authorization;
        final String cookie;
        final String basePath;
        final int connections;
        final long start;
        final long measureFrom;
        final long measureUntil;
        /** One per kind of request; a run of one kind has one. */
        final Tally[] tallies;

        final AtomicInteger outstanding = new AtomicInteger();
        /** How long an answer may take before the request counts as failed. */
        Duration answerTimeout = DRAIN;
        /** Every answer counts (a batch has no warm-up nor window). */
        boolean recordAll;

        Run(Target target, int connections, Duration warmup, Duration measured) {
            this(target, connections, warmup, measured, 1);
        }

        Run(Target target, int connections, Duration warmup, Duration measured, int kinds) {
            URI uri = URI.create(target.baseUrl());
            this.client = vertx.createHttpClient(
                    new HttpClientOptions()
                            .setDefaultHost(uri.getHost())
                            .setDefaultPort(uri.getPort())
                            .setKeepAlive(true)
                            .setKeepAliveTimeout(120)
                            .setConnectTimeout(5000),
                    new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
            this.authorization = target.token() == null ? null : "Bearer " + target.token();
            this.cookie = target.sessionCookie();
            this.basePath = uri.getPath() == null ? "" : uri.getPath();
            this.connections = connections;
            this.start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
            this.measureFrom = start + warmup.toNanos();
            this.measureUntil = measureFrom + measured.toNanos();
            this.tallies = new Tally[kinds];
            for (int i = 0; i < kinds; i++) {
                tallies[i] = new Tally();
            }
        }

        double seconds() {
            return (measureUntil - measureFrom) / 1e9;
        }

        /** Closed loop of one connection: send, and on the answer send again until the window ends. */
        void loop(Supplier<Request> requests, Runnable finished) {
            long now = System.nanoTime();
            if (now >= measureUntil) {
                finished.run();
                return;
            }
            outstanding.incrementAndGet();
            send(requests.get(), now, () -> loop(requests, finished));
        }

        void send(Request request, long dueNanos, Runnable then) {
            send(request, dueNanos, then, 0);
        }

        void send(Request request, long dueNanos, Runnable then, int kind) {
            RequestOptions options = new RequestOptions()
                    .setMethod(HttpMethod.valueOf(request.method()))
                    .setURI(basePath + request.path())
                    .setIdleTimeout(answerTimeout.toMillis());
            if (cookie == null) {
                options.putHeader("Authorization", authorization).putHeader("Accept", "application/json");
            } else {
                options.putHeader("Cookie", cookie).putHeader("Accept", "text/html");
            }
            if (request.body() != null) {
                options.putHeader("Content-Type", "application/json");
            }
            client.request(options)
                    .compose(http -> request.body() == null ? http.send() : http.send(Buffer.buffer(request.body())))
                    .compose(response -> response.body().map(body -> response.statusCode()))
                    .onComplete(answer -> {
                        record(tallies[kind], dueNanos, System.nanoTime(), answer);
                        outstanding.decrementAndGet();
                        if (then != null) {
                            then.run();
                        }
                    });
        }

        private void record(Tally tally, long due, long end, AsyncResult<Integer> answer) {
            if (!recordAll && (due < measureFrom || due >= measureUntil)) {
                return;
            }
            tally.latencies.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (end - due) / 1000)));
            int status = answer.succeeded() ? answer.result() : -1;
            tally.statuses.merge(status, 1L, Long::sum);
            if (status < 200 || status >= 300) {
                tally.errors++;
            }
        }

        RunResult finish(String model, double rate) {
            client.close();
            long unfinished = outstanding.get();
            Tally tally = tallies[0];
            return RunResult.of(
                    model, connections, rate, seconds(), tally.latencies, tally.errors + unfinished, tally.statuses);
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
