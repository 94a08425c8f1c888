package org.g5sahel.pcms.alerts.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.g5sahel.pcms.alerts.model.Webhook;
import org.g5sahel.pcms.alerts.model.WebhookDelivery;
import org.g5sahel.pcms.alerts.repository.WebhookDeliveryRepository;
import org.g5sahel.pcms.alerts.repository.WebhookRepository;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * Partner webhooks: registration by the partner system itself, and the worker that sends queued deliveries, signed
 * with HMAC-SHA256 ({@code X-PCMS-Signature: t=<epoch seconds>,v1=<hex HMAC of "t.body">}), retried with doubling
 * back-off and dead-lettered after the last attempt. A delivery row is locked while it is sent, so replicas never
 * send it twice; it is DELIVERED only on a 2xx answer.
 */
@ApplicationScoped
public class WebhookService {

    public static final String SIGNATURE_HEADER = "X-PCMS-Signature";
    public static final String DELIVERY_HEADER = "X-PCMS-Delivery";
    private static final int BATCH = 20;

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final AlertsConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public WebhookService(
            WebhookRepository webhooks, WebhookDeliveryRepository deliveries, AlertsConfig config, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.webhooks().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Registers an endpoint for the partner's agency; the secret is shown once, in this answer. */
    @Transactional
    public Webhook register(Caller caller, String url) {
        if (!caller.isPartner()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "webhook.partners-only");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null
                || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("url", "webhook.url-invalid")),
                    "validation-failed.detail",
                    1);
        }
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.partner = caller.state();
        webhook.agency = caller.agency();
        webhook.url = uri.toString();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        webhook.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        webhook.createdAt = clock.instant();
        webhooks.persist(webhook);
        return webhook;
    }

    @Transactional
    public List<Webhook> ofCaller(Caller caller) {
        return webhooks.ofAgency(caller.agency());
    }

    @Transactional
    public List<WebhookDelivery> deliveries(Caller caller, UUID webhookId) {
        Webhook webhook = webhooks.findByIdOptional(webhookId)
                .filter(found -> found.agency.equals(caller.agency()))
                .orElseThrow(ProblemException::notFound);
        return deliveries.ofWebhook(webhook.id);
    }

    @Transactional
    public void deactivate(Caller caller, UUID webhookId) {
        Webhook webhook = webhooks.findByIdOptional(webhookId)
                .filter(found -> found.agency.equals(caller.agency()))
                .orElseThrow(ProblemException::notFound);
        webhook.active = false;
    }

    @Scheduled(
            every = "${pcms.alerts.webhooks.interval}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverOnSchedule() {
        deliverDue();
    }

    /** Sends every due delivery once; @return how many attempts were made. */
    public int deliverDue() {
        int attempted = 0;
        while (true) {
            int sent = QuarkusTransaction.requiringNew().call(() -> {
                List<WebhookDelivery> due = deliveries.lockDue(clock.instant(), BATCH);
                due.forEach(this::attempt);
                return due.size();
            });
            attempted += sent;
            if (sent < BATCH) {
                return attempted;
            }
        }
    }

    private void attempt(WebhookDelivery delivery) {
        Webhook webhook = webhooks.findById(delivery.webhookId);
        Instant now = clock.instant();
        delivery.attempts++;
        String error;
        if (!webhook.active) {
            error = "webhook deactivated";
        } else {
            error = send(webhook, delivery, now);
        }
        if (error == null) {
            delivery.status = WebhookDelivery.Status.DELIVERED;
            delivery.deliveredAt = now;
            delivery.lastError = null;
            return;
        }
        delivery.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (delivery.attempts >= config.webhooks().maxAttempts() || !webhook.active) {
            delivery.status = WebhookDelivery.Status.DEAD;
            Log.warnf(
                    "Webhook delivery %s to %s dead after %d attempts: %s",
                    delivery.id, webhook.agency, delivery.attempts, delivery.lastError);
        } else {
            delivery.nextAttemptAt = now.plus(backoffAfter(delivery.attempts));
        }
    }

    /** @return null on a 2xx answer, otherwise what went wrong */
    private String send(Webhook webhook, WebhookDelivery delivery, Instant now) {
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url))
                .timeout(config.webhooks().timeout())
                .header("Content-Type", "application/json")
                .header(DELIVERY_HEADER, delivery.id.toString())
                .header(SIGNATURE_HEADER, "t=" + timestamp + ",v1=" + sign(webhook.secret, timestamp, delivery.payload))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (java.io.IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Hex HMAC-SHA256 of {@code "<timestamp>.<body>"} with the webhook's secret. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /** The wait after the n-th failed attempt: the initial back-off, doubled at each further one. */
    private Duration backoffAfter(int attempts) {
        return config.webhooks().initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 16));
    }
}
