package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser signing in to the pcms realm, with a password and a second factor or through an agency's identity
 * provider: the authorization code flow with PKCE of the web client, each page, redirect and auto-submitted SAML form
 * scripted over HTTP, cookies kept per path as a browser keeps them (the pcms realm and the agency's realm set cookies
 * of the same name). The second factor is answered as an authenticator app would: with the demo secret, or with the
 * secret Keycloak shows when an officer of an agency's provider sets up TOTP at his first sign-in (remembered per
 * username for the later sign-ins of the same run).
 */
final class BrowserLogin {

    static final String CLIENT = "pcms-web";
    /** The console is a confidential client: the development realm's demo secret. */
    static final String SECRET = "demo-pcms-web-secret";

    static final String REDIRECT = "http://127.0.0.1/callback";
    private static final Pattern FORM =
            Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern FORM_TAG = Pattern.compile("<form[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final String OTP_FORM = "kc-otp-login-form";
    private static final String TOTP_SETUP_FORM = "kc-totp-settings-form";
    private static final Pattern TOTP_SECRET = Pattern.compile("name=\"totpSecret\"[^>]*value=\"([^\"]+)\"");
    /** Secrets of the officers who set up TOTP during this run, by the username they typed at their provider. */
    static final Map<String, String> ENROLLED = new java.util.concurrent.ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** path → name → value. */
    private final Map<String, Map<String, String>> cookies = new TreeMap<>();

    private final String verifier;

    BrowserLogin() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    record Page(URI uri, int status, String body) {

        boolean isCallback() {
            return uri.toString().startsWith(REDIRECT);
        }

        boolean hasSamlResponse() {
            return body.contains("name=\"SAMLResponse\"");
        }

        /** When the assertion of this page's SAML response stops being valid, as its provider wrote it. */
        java.time.Instant samlNotOnOrAfter() {
            Matcher response =
                    Pattern.compile("name=\"SAMLResponse\" value=\"([^\"]+)\"").matcher(body);
            if (!response.find()) {
                throw new AssertionError("no SAML response at " + uri);
            }
            String xml =
                    new String(Base64.getMimeDecoder().decode(unescape(response.group(1))), StandardCharsets.UTF_8);
            Matcher limit = Pattern.compile("NotOnOrAfter=\"([^\"]+)\"").matcher(xml);
            if (!limit.find()) {
                throw new AssertionError("the assertion has no NotOnOrAfter");
            }
            return java.time.Instant.parse(limit.group(1));
        }

        /** The visible text, for messages shown to the user. */
        String text() {
            return unescape(body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
                    .replaceAll("\\s+", " ");
        }
    }

    record SignedIn(String accessToken, String refreshToken) {}

    /** Opens the web client's sign-in, sent straight to the agency's provider; returns the provider's login page. */
    Page start(String identityProvider) {
        Page page = get(authorization(Map.of("kc_idp_hint", identityProvider)));
        // SAML: the broker's AuthnRequest is a form the browser posts by itself.
        return page.body().contains("name=\"SAMLRequest\"") ? submitForm(page) : page;
    }

    /** Opens the web client's sign-in on the pcms realm's own login page. */
    Page start() {
        return get(authorization(Map.of()));
    }

    private String authorization(Map<String, String> extra) {
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        Map<String, String> parameters = new LinkedHashMap<>(Map.of(
                "client_id",
                CLIENT,
                "response_type",
                "code",
                "redirect_uri",
                REDIRECT,
                "scope",
                "openid",
                "state",
                "systest",
                "code_challenge",
                challenge,
                "code_challenge_method",
                "S256"));
        parameters.putAll(extra);
        return Platform.ISSUER + "/protocol/openid-connect/auth?" + query(parameters);
    }

    /** Answers the pcms realm's one-time code page with the given code; returns where the browser lands. */
    Page enterCode(Page otpPage, String code) {
        String action = formAction(otpPage, OTP_FORM)
                .orElseThrow(
                        () -> new AssertionError("no one-time code form at " + otpPage.uri() + ": " + otpPage.text()));
        return post(action, Map.of("otp", code));
    }

    /** The action of the page's form of that id (Keycloak's templates put the attributes in either order). */
    private static java.util.Optional<String> formAction(Page page, String id) {
        Matcher tag = FORM_TAG.matcher(page.body());
        while (tag.find()) {
            Matcher action = ACTION.matcher(tag.group());
            if (tag.group().contains("id=\"" + id + "\"") && action.find()) {
                return java.util.Optional.of(unescape(action.group(1)));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Answers the second factor the pcms realm asks for after a brokered sign-in, if it asks: the code of the secret
     * the officer enrolled earlier in the run, or a TOTP set-up with the secret the page shows.
     */
    Page secondFactor(Page page, String username) {
        java.util.Optional<String> setup = formAction(page, TOTP_SETUP_FORM);
        if (setup.isPresent()) {
            Matcher secret = TOTP_SECRET.matcher(page.body());
            if (!secret.find()) {
                throw new AssertionError("no TOTP secret on the set-up page: " + page.text());
            }
            String shown = unescape(secret.group(1));
            Page next =
                    post(setup.get(), Map.of("totpSecret", shown, "totp", Totp.code(shown), "userLabel", "systest"));
            ENROLLED.put(username, shown);
            return next;
        }
        if (asksForCode(page)) {
            String secret = ENROLLED.get(username);
            if (secret == null) {
                throw new AssertionError(username + " is asked a one-time code but set none up in this run");
            }
            return enterCode(page, Totp.code(secret));
        }
        return page;
    }

    /** Whether the page asks for a one-time code (TOTP) of the pcms realm. */
    static boolean asksForCode(Page page) {
        return formAction(page, OTP_FORM).isPresent();
    }

    /** Fills the provider's login form; returns where the browser lands (callback, error page or SAML form). */
    Page logIn(Page loginPage, String username) {
        Matcher form = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                .matcher(loginPage.body());
        if (!form.find()) {
            throw new AssertionError("no login form at " + loginPage.uri() + ": " + loginPage.text());
        }
        return post(unescape(form.group(1)), Map.of("username", username, "password", "demo"));
    }

    /** Posts the page's only form with its hidden inputs, as the auto-submitting SAML pages do. */
    Page submitForm(Page page) {
        Matcher form = FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no form at " + page.uri() + ": " + page.text());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            fields.put(input.group(1), unescape(input.group(2)));
        }
        return post(unescape(form.group(1)), fields);
    }

    /** The whole sign-in, which must succeed: tokens of the pcms realm for the officer. */
    SignedIn signIn(String identityProvider, String username) {
        Page page = logIn(start(identityProvider), username);
        if (page.hasSamlResponse()) {
            page = submitForm(page);
        }
        return exchange(secondFactor(page, username));
    }

    /** A demo user's whole sign-in on the pcms realm's page: password, then the code of the demo secret. */
    SignedIn signIn(String username) {
        return exchange(enterCode(logIn(start(), username), Totp.code(Totp.DEMO_SECRET)));
    }

    SignedIn exchange(Page callback) {
        if (!callback.isCallback()) {
            throw new AssertionError("the sign-in did not come back to the client: " + callback.text());
        }
        String code = URLDecoder.decode(
                callback.uri().getRawQuery().replaceAll(".*(?:^|&)code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        var tokens = given().formParam("grant_type", "authorization_code")
                .formParam("client_id", CLIENT)
                .formParam("client_secret", SECRET)
                .formParam("code", code)
                .formParam("redirect_uri", REDIRECT)
                .formParam("code_verifier", verifier)
                .post(Platform.ISSUER + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract();
        return new SignedIn(tokens.path("access_token"), tokens.path("refresh_token"));
    }

    /** The status of a refresh of the web client's session: 200 while the officer may still work. */
    static int refresh(String refreshToken) {
        return given().formParam("grant_type", "refresh_token")
                .formParam("client_id", CLIENT)
                .formParam("client_secret", SECRET)
                .formParam("refresh_token", refreshToken)
                .post(Platform.ISSUER + "/protocol/openid-connect/token")
                .then()
                .extract()
                .statusCode();
    }

    private Page get(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private Page post(String url, Map<String, String> form) {
        return follow(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form))));
    }

    private Page follow(HttpRequest.Builder request) {
        try {
            for (int hops = 0; hops < 20; hops++) {
                HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
                String cookie = cookieHeader(built.uri());
                if (!cookie.isEmpty()) {
                    built = HttpRequest.newBuilder(built, (name, value) -> true)
                            .header("Cookie", cookie)
                            .build();
                }
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                remember(response);
                var location = response.headers().firstValue("Location");
                if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                    return new Page(built.uri(), response.statusCode(), response.body());
                }
                URI next = built.uri().resolve(location.get());
                if (next.toString().startsWith(REDIRECT)) {
                    return new Page(next, response.statusCode(), "");
                }
                request = HttpRequest.newBuilder(next).GET();
            }
            throw new AssertionError("too many redirects");
        } catch (IOException e) {
            throw new AssertionError("the browser could not reach Keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void remember(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] parts = header.split(";");
            String[] nameValue = parts[0].split("=", 2);
            String path = "/";
            boolean expired = nameValue.length < 2 || nameValue[1].isEmpty();
            for (String attribute : parts) {
                String trimmed = attribute.strip();
                if (trimmed.regionMatches(true, 0, "Path=", 0, 5)) {
                    path = trimmed.substring(5);
                } else if (trimmed.equalsIgnoreCase("Max-Age=0")) {
                    expired = true;
                }
            }
            Map<String, String> atPath = cookies.computeIfAbsent(path, p -> new TreeMap<>());
            if (expired) {
                atPath.remove(nameValue[0].strip());
            } else {
                atPath.put(nameValue[0].strip(), nameValue[1]);
            }
        }
    }

    private String cookieHeader(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        Map<String, String> sent = new LinkedHashMap<>();
        // Most specific path first, as browsers order them.
        cookies.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .filter(entry -> path.startsWith(
                        entry.getKey().endsWith("/") && entry.getKey().length() > 1
                                ? entry.getKey().substring(0, entry.getKey().length() - 1)
                                : entry.getKey()))
                .forEach(entry -> entry.getValue().forEach(sent::putIfAbsent));
        return sent.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x3d;", "=")
                .replace("&#61;", "=")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
