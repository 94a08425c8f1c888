package org.g5sahel.pcms.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.g5sahel.pcms.bench.Results;
import org.g5sahel.pcms.bench.load.LoadGenerator;
import org.g5sahel.pcms.bench.load.Request;
import org.g5sahel.pcms.bench.load.RunResult;

/**
 * The console's server time per page: an officer's session (signed in through Keycloak's pages with password and
 * TOTP, as a browser does) asks for each page through the gateway at a constant rate, one page at a time; p50 and p95
 * of each, beside the API call that the page makes first (the same officer's token, through the gateway) at the same
 * rate — what the console adds is its other calls, the template and the session store.
 */
public final class ConsolePages implements Measure {

    private static final String OFFICER = "ne-investigator";
    /** The demo realm's TOTP secret of every demo user (keycloak/README.md). */
    private static final String DEMO_TOTP_SECRET = "PCMSDEMOPCMSDEMO";

    private static final double RATE = 5;
    private static final int CONNECTIONS = 4;
    private static final Pattern FORM = Pattern.compile("<form[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    /** Page, and the API read that page makes first. */
    private static final Map<String, String> PAGES = new java.util.LinkedHashMap<>(Map.of(
            "/", "/api/alerts/v1/inbox?unread=true&limit=20",
            "/cases", "/api/cases/v1/cases?limit=25",
            "/requests", "/api/cases/v1/requests?box=received&limit=25",
            "/directory?state=NE&competence=DRUG_TRAFFICKING",
                    "/api/directory/v1/routing?state=NE&competence=DRUG_TRAFFICKING",
            "/audit", "/api/cases/v1/audit/accesses?limit=50"));

    @Override
    public String name() {
        return "console";
    }

    @Override
    public void run(BenchContext context) {
        String gateway = context.platform().gatewayUrl();
        String cookie = signIn(gateway, OFFICER);
        LoadGenerator.Target pages = LoadGenerator.Target.console(gateway, cookie);
        LoadGenerator.Target api =
                new LoadGenerator.Target(gateway, context.platform().token(OFFICER));
        var scale = context.scale();
        Results results = context.results();
        results.detail(name(), "officer", OFFICER);
        for (var page : PAGES.entrySet()) {
            RunResult console = context.load()
                    .constantRate(
                            pages,
                            () -> Request.get(page.getKey()),
                            RATE,
                            CONNECTIONS,
                            scale.warmup(),
                            scale.measured());
            RunResult reference = context.load()
                    .constantRate(
                            api,
                            () -> Request.get(page.getValue()),
                            RATE,
                            CONNECTIONS,
                            scale.warmup(),
                            scale.measured());
            results.detail(name(), page.getKey(), console.toMap());
            results.detail(name(), page.getKey() + " reference " + page.getValue(), reference.toMap());
            results.row(
                    "console page",
                    "GET " + page.getKey() + " p95 at " + Results.num(RATE, 0) + " pages/s",
                    Results.num(console.p95(), 1) + " ms (p50 " + Results.num(console.p50(), 1) + " ms)",
                    "its first API call p95 " + Results.num(reference.p95(), 1) + " ms",
                    Results.ratio(console.p95(), reference.p95()),
                    console.tool());
            Checks.noErrors(results, name(), console, reference);
        }
    }

    /** The console's session cookie ({@code q_session=…}) of {@code user}, after Keycloak's two pages. */
    static String signIn(String gateway, String user) {
        Browser browser = new Browser();
        try {
            HttpResponse<String> page = browser.get(URI.create(gateway + "/"));
            page = browser.post(action(page), Map.of("username", user, "password", "demo"));
            page = browser.post(action(page), Map.of("otp", totp(DEMO_TOTP_SECRET)));
            if (page.statusCode() != 200 || !page.uri().toString().startsWith(gateway)) {
                throw new IllegalStateException(
                        "the console sign-in ended at " + page.uri() + " (" + page.statusCode() + ")");
            }
            String session = browser.cookies.get("q_session");
            if (session == null) {
                throw new IllegalStateException("no console session cookie after signing in");
            }
            return "q_session=" + session;
        } catch (IOException e) {
            throw new IllegalStateException("the console sign-in failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Just enough of a browser for Keycloak's pages: follows redirects and sends back every cookie it was given
     * (Keycloak marks its cookies Secure, which Java's own cookie manager never sends over the bench's plain HTTP).
     */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return follow(send(request(uri).GET()));
        }

        HttpResponse<String> post(URI action, Map<String, String> fields) throws IOException, InterruptedException {
            String form = String.join(
                    "&",
                    fields.entrySet().stream()
                            .map(field ->
                                    field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                            .toList());
            return follow(send(request(action)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))));
        }

        private HttpRequest.Builder request(URI uri) {
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Accept", "text/html");
            if (!cookies.isEmpty()) {
                builder.header(
                        "Cookie",
                        String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                        .toList()));
            }
            return builder;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    String name = pair.substring(0, equals).strip();
                    String value = pair.substring(equals + 1).strip();
                    if (value.isEmpty()
                            || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
            return response;
        }

        private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
            int hops = 0;
            while (response.statusCode() / 100 == 3 && hops++ < 10) {
                URI next = response.uri()
                        .resolve(response.headers().firstValue("Location").orElseThrow());
                response = send(request(next).GET());
            }
            return response;
        }
    }

    /** The action of Keycloak's login or one-time code form, whatever the order of the tag's attributes. */
    private static URI action(HttpResponse<String> page) {
        Matcher form = FORM.matcher(page.body());
        while (form.find()) {
            String tag = form.group();
            Matcher action = ACTION.matcher(tag);
            if ((tag.contains("kc-form-login") || tag.contains("kc-otp-login-form")) && action.find()) {
                return page.uri().resolve(action.group(1).replace("&amp;", "&"));
            }
        }
        String text =
                page.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        throw new IllegalStateException("no Keycloak form at " + page.uri() + " (" + page.statusCode() + "): "
                + text.substring(0, Math.min(300, text.length())));
    }

    /** RFC 6238 with SHA-1, 6 digits, 30 s: what an authenticator app shows for the demo secret. */
    static String totp(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES)
                    .putLong(Instant.now().getEpochSecond() / 30)
                    .array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JRE", e);
        }
    }
}
