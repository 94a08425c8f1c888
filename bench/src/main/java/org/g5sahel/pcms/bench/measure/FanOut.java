package org.g5sahel.pcms.bench.measure;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.g5sahel.pcms.bench.Api;
import org.g5sahel.pcms.bench.Platform;
import org.g5sahel.pcms.bench.Results;
import org.g5sahel.pcms.bench.data.FanOutData;

/**
 * Alert fan-out to the subscribing agencies. Niger's investigator drafts and submits a G5 security alert; the clock
 * starts when Niger's coordinator sends the approval that issues it. The fan-out writes one inbox row per subscribing
 * agency in the approval's transaction, so "last inbox" is when a query on the alerts database first sees all of
 * them (polled about every millisecond); "stream" is when the issued alert arrives on a live stream opened through
 * the gateway as Mali's investigator. Alerts are issued one after another, so each latency is unloaded.
 */
public final class FanOut implements Measure {

    private static final String ALERTS = "/api/alerts/v1/alerts";
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Api api = new Api();

    @Override
    public String name() {
        return "fanout";
    }

    @Override
    public void prepare(BenchContext context) throws Exception {
        List<String> agencies =
                new FanOutData(context.platform()).ensure(context.scale().subscribingAgencies());
        context.results().detail(name(), "subscribingAgencies", agencies.size());
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Platform platform = context.platform();
        int agencies = context.scale().subscribingAgencies();
        Histogram toInbox = new Histogram(60_000_000L, 3);
        Histogram toStream = new Histogram(60_000_000L, 3);
        Histogram approval = new Histogram(60_000_000L, 3);
        Map<String, Long> streamed = new ConcurrentHashMap<>();
        Vertx vertx = Vertx.vertx();
        Stream stream = new Stream(vertx, platform, streamed);
        int missingStream = 0;
        try (Connection database = platform.connect(Platform.database("alerts"));
                PreparedStatement inboxes = database.prepareStatement("select count(*) from inbox_item where"
                        + " source_type = 'alert' and source_id = ? and kind = 'ALERT_ISSUED'")) {
            stream.open();
            for (int k = 0; k < context.scale().fanOutIssues() + 1; k++) {
                String[] pending = draftAndSubmit(platform, k);
                long start = System.nanoTime();
                CompletableFuture<Api.Answer> approved = CompletableFuture.supplyAsync(() -> api.post(
                        platform.gatewayUrl() + ALERTS + "/" + pending[0] + "/approval",
                        platform.token("ne-coordinator"),
                        Map.of("approve", true),
                        Map.of("If-Match", pending[1])));
                inboxes.setString(1, pending[0]);
                long inboxAt = -1;
                while (System.nanoTime() - start < TIMEOUT_NANOS) {
                    try (ResultSet count = inboxes.executeQuery()) {
                        count.next();
                        if (count.getLong(1) >= agencies) {
                            inboxAt = System.nanoTime();
                            break;
                        }
                    }
                    TimeUnit.MICROSECONDS.sleep(500);
                }
                Api.Answer answer = approved.get(30, TimeUnit.SECONDS).requireStatus(200);
                long approvedAt = System.nanoTime();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!streamed.containsKey(pending[0]) && System.nanoTime() < deadline) {
                    TimeUnit.MILLISECONDS.sleep(1);
                }
                if (inboxAt < 0) {
                    throw new IllegalStateException(
                            "alert " + pending[0] + " reached fewer than " + agencies + " inboxes: " + answer.text());
                }
                if (k == 0) {
                    continue; // the first issue warms the path up
                }
                toInbox.recordValue((inboxAt - start) / 1000);
                approval.recordValue((approvedAt - start) / 1000);
                Long streamedAt = streamed.get(pending[0]);
                if (streamedAt == null) {
                    missingStream++;
                } else {
                    toStream.recordValue(Math.max(0, streamedAt - start) / 1000);
                }
            }
        } finally {
            stream.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        Results results = context.results();
        results.detail(name(), "issues", toInbox.getTotalCount());
        results.detail(name(), "streamMissed", missingStream);
        results.detail(
                name(),
                "approvalResponseP50Ms",
                toInbox.getTotalCount() == 0 ? 0 : approval.getValueAtPercentile(50) / 1000.0);
        results.detail(name(), "approvalResponseP99Ms", approval.getValueAtPercentile(99) / 1000.0);
        String tool = toInbox.getTotalCount() + " alerts issued one at a time through the gateway; inbox rows polled"
                + " in PostgreSQL, stream read with a Vert.x SSE client";
        String measure = "alert fan-out";
        String who = agencies + " subscribing agencies";
        results.row(
                measure,
                "issue → last inbox (" + who + "), p50 / p99",
                ms(toInbox, 50) + " / " + ms(toInbox, 99) + " ms",
                "approval answered p50 " + ms(approval, 50) + " ms",
                "",
                tool);
        results.row(
                measure,
                "issue → SSE stream via gateway, p50 / p99",
                ms(toStream, 50) + " / " + ms(toStream, 99) + " ms",
                missingStream == 0 ? "" : missingStream + " alerts never streamed",
                "",
                tool);
        if (missingStream > 0) {
            results.failure(name(), missingStream + " issued alerts did not arrive on the stream within 10 s");
        }
    }

    private static String ms(Histogram histogram, double percentile) {
        return Results.num(histogram.getValueAtPercentile(percentile) / 1000.0, 1);
    }

    /** @return the alert's id and the ETag its approval must match */
    private String[] draftAndSubmit(Platform platform, int k) {
        String token = platform.token("ne-investigator");
        String base = platform.gatewayUrl() + ALERTS;
        Api.Answer draft = api.post(
                        base,
                        token,
                        Map.of(
                                "categories",
                                List.of("SECURITY"),
                                "event",
                                "PCMS bench fan-out",
                                "urgency",
                                "IMMEDIATE",
                                "severity",
                                "SEVERE",
                                "certainty",
                                "LIKELY",
                                "infos",
                                List.of(Map.of(
                                        "language",
                                        "fr",
                                        "headline",
                                        "Alerte de banc d'essai " + k,
                                        "description",
                                        "Mesure de la diffusion d'une alerte aux agences abonnées.")),
                                "areas",
                                List.of(Map.of(
                                        "description",
                                        "Banc d'essai (N'Djamena)",
                                        "polygons",
                                        List.of("12.0,15.0 12.0,15.2 12.2,15.2 12.2,15.0 12.0,15.0")))),
                        Map.of())
                .requireStatus(201);
        String id = draft.body().get("id").asText();
        Api.Answer submitted = api.post(base + "/" + id + "/submission", token, "", Map.of("If-Match", draft.etag()))
                .requireStatus(200);
        return new String[] {id, submitted.etag()};
    }

    /** A live stream through the gateway, reopened if it closes; records when each alert id arrives. */
    private static final class Stream {
        private final Vertx vertx;
        private final HttpClient client;
        private final Platform platform;
        private final Map<String, Long> arrivals;
        private final CompletableFuture<Void> connected = new CompletableFuture<>();
        private volatile boolean open = true;

        Stream(Vertx vertx, Platform platform, Map<String, Long> arrivals) {
            URI gateway = URI.create(platform.gatewayUrl());
            this.vertx = vertx;
            this.client = vertx.createHttpClient(new HttpClientOptions()
                    .setDefaultHost(gateway.getHost())
                    .setDefaultPort(gateway.getPort())
                    .setIdleTimeout(0));
            this.platform = platform;
            this.arrivals = arrivals;
        }

        void open() throws Exception {
            connect();
            connected.get(30, TimeUnit.SECONDS);
        }

        private void connect() {
            if (!open) {
                return;
            }
            RequestOptions options = new RequestOptions()
                    .setMethod(HttpMethod.GET)
                    .setURI("/api/alerts/v1/stream")
                    .putHeader("Accept", "text/event-stream")
                    .putHeader("Authorization", "Bearer " + platform.token("ml-investigator"));
            client.request(options)
                    .compose(request -> request.send())
                    .onSuccess(response -> {
                        RecordParser lines = RecordParser.newDelimited("\n", line -> {
                            String text = line.toString();
                            if (text.startsWith("data:")) {
                                onData(text.substring(5).strip());
                            }
                        });
                        response.handler(lines);
                        response.endHandler(ended -> reconnect());
                        response.exceptionHandler(failed -> reconnect());
                    })
                    .onFailure(failed -> reconnect());
        }

        /** The gateway closes a stream that stays silent longer than its route timeout: open another. */
        private void reconnect() {
            if (open) {
                vertx.setTimer(100, timer -> connect());
            }
        }

        private void onData(String data) {
            long now = System.nanoTime();
            try {
                var event = Api.JSON.readTree(data);
                if ("connected".equals(event.path("type").asText())) {
                    connected.complete(null);
                } else if (event.path("alert").hasNonNull("id")) {
                    arrivals.putIfAbsent(event.path("alert").get("id").asText(), now);
                }
            } catch (Exception e) {
                // Not an event of ours (a comment or keep-alive line): ignored.
            }
        }

        void close() {
            open = false;
            client.close();
        }
    }
}
