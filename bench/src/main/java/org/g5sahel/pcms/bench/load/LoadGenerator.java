package org.g5sahel.pcms.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;

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
 * than spinning, so a request may leave up to about 0.1 ms late; that delay is counted as latency.
 */
public final class LoadGenerator implements AutoCloseable {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
            .setInternalBlockingPoolSize(1).setBlockedThreadCheckInterval(60_000));

    /** Where requests go and with which bearer token. */
    public record Target(String baseUrl, String token) {
    }

    public RunResult closed(Target target, Supplier<Request> requests, int connections, Duration warmup,
            Duration measured) {
        Run run = new Run(target, connections, warmup, measured);
        CompletableFuture<Void> done = new CompletableFuture<>();
        int[] active = { connections };
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
        int[] left = { count, Math.min(connections, count) };
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
        return new RunResult("pcms-loadgen " + count + " requests, " + connections + " at a time", "batch",
                connections, 0, seconds, result.completed(), result.errors(), result.completed() / seconds,
                result.p50(), result.p90(), result.p99(), result.p999(), result.max(), result.mean(),
                result.statuses());
    }

    public RunResult constantRate(Target target, Supplier<Request> requests, double rate, int connections,
            Duration warmup, Duration measured) {
        Run run = new Run(target, connections, warmup, measured);
        long interval = Math.max(1, Math.round(1e9 / rate));
        for (long k = 0;; k++) {
            long due = run.start + k * interval;
            if (due >= run.measureUntil) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 50_000) {
                LockSupport.parkNanos(wait);
            }
            Request request = requests.get();
            run.outstanding.incrementAndGet();
            run.context.runOnContext(ignored -> run.send(request, due, null));
        }
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (run.outstanding.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        CompletableFuture<Void> settled = new CompletableFuture<>();
        run.context.runOnContext(ignored -> settled.complete(null));
        await(settled, Duration.ofSeconds(10));
        return run.finish("constant-rate", rate);
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

    /** One run's connections and counters; everything but {@link #outstanding} is touched on the event loop only. */
    private final class Run {

        final HttpClient client;
        final Context context = vertx.getOrCreateContext();
        final String authorization;
        final String basePath;
        final int connections;
        final long start;
        final long measureFrom;
        final long measureUntil;
        final Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        final Map<Integer, Long> statuses = new TreeMap<>();
        final AtomicInteger outstanding = new AtomicInteger();
        /** How long an answer may take before the request counts as failed. */
        Duration answerTimeout = DRAIN;
        /** Every answer counts (a batch has no warm-up nor window). */
        boolean recordAll;
        long errors;

        Run(Target target, int connections, Duration warmup, Duration measured) {
            URI uri = URI.create(target.baseUrl());
            this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(uri.getHost())
                    .setDefaultPort(uri.getPort()).setKeepAlive(true).setKeepAliveTimeout(120)
                    .setConnectTimeout(5000), new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
            this.authorization = "Bearer " + target.token();
            this.basePath = uri.getPath() == null ? "" : uri.getPath();
            this.connections = connections;
            this.start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
            this.measureFrom = start + warmup.toNanos();
            this.measureUntil = measureFrom + measured.toNanos();
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
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(request.method()))
                    .setURI(basePath + request.path()).putHeader("Authorization", authorization)
                    .putHeader("Accept", "application/json").setIdleTimeout(answerTimeout.toMillis());
            if (request.body() != null) {
                options.putHeader("Content-Type", "application/json");
            }
            client.request(options)
                    .compose(http -> request.body() == null ? http.send() : http.send(Buffer.buffer(request.body())))
                    .compose(response -> response.body().map(body -> response.statusCode()))
                    .onComplete(answer -> {
                        record(dueNanos, System.nanoTime(), answer);
                        outstanding.decrementAndGet();
                        if (then != null) {
                            then.run();
                        }
                    });
        }

        private void record(long due, long end, AsyncResult<Integer> answer) {
            if (!recordAll && (due < measureFrom || due >= measureUntil)) {
                return;
            }
            latencies.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (end - due) / 1000)));
            int status = answer.succeeded() ? answer.result() : -1;
            statuses.merge(status, 1L, Long::sum);
            if (status < 200 || status >= 300) {
                errors++;
            }
        }

        RunResult finish(String model, double rate) {
            client.close();
            long unfinished = outstanding.get();
            double seconds = (measureUntil - measureFrom) / 1e9;
            return RunResult.of(model, connections, rate, seconds, latencies, errors + unfinished, statuses);
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
