package org.g5sahel.pcms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * Signing in to the console and out of it, in French and in Arabic, in a real browser; the tokens stay on the server;
 * the pages fit a phone, pass axe-core, and stay within their weight on a poor link.
 */
class ConsoleSignInIT {

    /** A JWT: three Base64url parts, the first two JSON objects ("eyJ" is "{\"" in Base64). */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.");

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void anOfficerSignsInWithPasswordAndCodeSeesWhoHeIsAndSignsOutOfKeycloakToo() {
        try (Browser browser = Browser.open("sign-in-fr", "fr", Browser.Device.DESKTOP)) {
            browser.go("/sign-in");
            assertThat(browser.text("h1")).isEqualTo("Connexion");
            browser.assertAccessible();
            browser.screenshot("sign-in");

            browser.click("#sign-in-account");
            assertThat(browser.driver().getCurrentUrl()).startsWith(Platform.KEYCLOAK);
            browser.screenshot("keycloak-password");
            browser.signIn("ne-investigator").awaitPath("/");

            assertThat(browser.text("h1")).isEqualTo("Mon travail");
            assertThat(browser.text("#officer")).contains("Abdoulaye Moussa", "NE-OCRTIS", "Niger", "enquêteur");
            browser.assertAccessible();
            browser.screenshot("my-work");

            browser.click(".sign-out button");
            browser.awaitPath("/sign-in");
            // The Keycloak session ended too: the console asks for the password again.
            browser.go("/cases");
            assertThat(browser.driver().getCurrentUrl()).startsWith(Platform.KEYCLOAK);
            assertThat(browser.all("#username")).isNotEmpty();
        }
    }

    @Test
    void theBrowserHoldsNoTokenAnywhere() {
        try (Browser browser = Browser.open("no-token", "fr", Browser.Device.DESKTOP)) {
            browser.go("/").signIn("ml-investigator").awaitPath("/");
            for (String path : List.of("/", "/cases", "/requests", "/directory?q=police", "/audit")) {
                browser.go(path);
                assertThat(JWT.matcher(browser.driver().getPageSource()).find())
                        .as("a token in the page " + path)
                        .isFalse();
                Object storage = browser.script("return JSON.stringify(Object.assign({}, localStorage)) + "
                        + "JSON.stringify(Object.assign({}, sessionStorage)) + document.cookie;");
                assertThat(JWT.matcher(String.valueOf(storage)).find())
                        .as("a token in storage or script cookies")
                        .isFalse();
            }
            for (Cookie cookie : browser.driver().manage().getCookies()) {
                assertThat(JWT.matcher(cookie.getValue()).find())
                        .as("cookie " + cookie.getName())
                        .isFalse();
                if (cookie.getName().startsWith("q_session")) {
                    assertThat(cookie.isHttpOnly()).isTrue();
                    assertThat(cookie.isSecure()).isTrue();
                    assertThat(cookie.getSameSite()).isEqualTo("Lax");
                    // A random id, not an encrypted token: 256 bits in Base64url.
                    assertThat(cookie.getValue()).matches("[A-Za-z0-9_-]{43}");
                }
            }
            // The service worker's cache holds the shell only: scripts, styles, icon and the offline page.
            @SuppressWarnings("unchecked")
            List<String> cached = (List<String>) browser.asyncScript("const done = arguments[arguments.length - 1];"
                    + "caches.keys().then(keys => Promise.all(keys.map(k => caches.open(k).then(c => c.keys()))))"
                    + ".then(lists => done(lists.flat().map(r => new URL(r.url).pathname)))"
                    + ".catch(() => done([]));");
            assertThat(cached).allMatch(path -> path.startsWith("/static/") || path.equals("/offline"));
        }
    }

    @Test
    void aFormSentAfterTheSessionEndedComesBackFilledIn() throws Exception {
        try (Browser browser = Browser.open("session-ended", "fr", Browser.Device.DESKTOP)) {
            browser.go("/requests/new").signIn("mr-investigator").awaitPath("/requests/new");
            browser.type("#f-recipients", "NE-OCRTIS")
                    .type("#f-subject", "Véhicule vu à Bassikounou")
                    .type("#f-body", "Texte long, écrit pendant que la session expirait.");
            // The console's idle timeout, as its purge leaves it: every session row gone.
            try (var connection = Platform.database("pcms_web_systest");
                    var statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM pcms_web.sessions");
            }
            browser.click("#send-request");
            // Keycloak's own session still lives, so signing in again asks nothing here; else the officer signs in.
            if (browser.driver().getCurrentUrl().startsWith(Platform.KEYCLOAK)
                    && !browser.all("#username").isEmpty()) {
                browser.signIn("mr-investigator");
            }
            browser.awaitPath("/requests/new");
            assertThat(browser.find("#f-subject").getAttribute("value")).isEqualTo("Véhicule vu à Bassikounou");
            assertThat(browser.find("#f-body").getAttribute("value"))
                    .isEqualTo("Texte long, écrit pendant que la session expirait.");
            assertThat(browser.find("#f-recipients").getAttribute("value")).isEqualTo("NE-OCRTIS");
            assertThat(browser.text("#error-summary")).contains("Votre session avait pris fin");
            browser.screenshot("form-kept");
            // Shown once: the draft is gone afterwards.
            browser.go("/requests/new");
            assertThat(browser.find("#f-subject").getAttribute("value")).isEmpty();

            // A form of a record's page comes back on that page.
            String caseId = io.restassured.RestAssured.given()
                    .auth()
                    .oauth2(Tokens.of("mr-investigator"))
                    .contentType(io.restassured.http.ContentType.JSON)
                    .body(java.util.Map.of("title", "Brouillon", "threats", List.of("SMUGGLING_OF_GOODS")))
                    .post(Platform.GATEWAY + "/api/cases/v1/cases")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            browser.go("/cases/" + caseId)
                    .click("#subjects details summary")
                    .type("#f-person\\.nameLatin", "Sidi Mohamed Ould Brahim");
            try (var connection = Platform.database("pcms_web_systest");
                    var statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM pcms_web.sessions");
            }
            browser.click("#add-subject");
            if (browser.driver().getCurrentUrl().startsWith(Platform.KEYCLOAK)
                    && !browser.all("#username").isEmpty()) {
                browser.signIn("mr-investigator");
            }
            browser.awaitPath("/cases/" + caseId);
            assertThat(browser.find("#f-person\\.nameLatin").getAttribute("value"))
                    .isEqualTo("Sidi Mohamed Ould Brahim");
        }
    }

    @Test
    void arabicIsRightToLeftAndTheLanguageIsRemembered() {
        try (Browser browser = Browser.open("sign-in-ar", "fr", Browser.Device.PHONE)) {
            browser.go("/").signIn("td-investigator").awaitPath("/");
            browser.go("/?lang=ar");
            assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ar");
            assertThat(browser.text("h1")).isEqualTo("عملي");
            browser.assertAccessible();
            assertThat(browser.scrollsSideways())
                    .as("sideways scrolling at 360 px")
                    .isFalse();
            browser.screenshot("my-work-ar");
            browser.go("/cases");
            assertThat(browser.find("html").getAttribute("dir"))
                    .as("remembered")
                    .isEqualTo("rtl");
            browser.screenshot("cases-ar");
            for (String path : List.of("/access-requests", "/reviews")) {
                browser.go(path);
                assertThat(browser.find("html").getAttribute("dir"))
                        .as("rtl on " + path)
                        .isEqualTo("rtl");
                assertThat(browser.scrollsSideways())
                        .as("sideways scrolling at 360 px on " + path)
                        .isFalse();
                browser.assertAccessible();
            }
        }
    }

    @Test
    void pagesStayLightAndFitAPhoneOnAPoorLink() {
        try (Browser browser = Browser.open("budgets", "fr", Browser.Device.PHONE)) {
            browser.go("/").signIn("ne-investigator").awaitPath("/");
            // The landing page right after Keycloak: nothing of the console is in the browser's cache yet.
            long first = browser.transferredBytes();
            browser.go("/cases");
            long repeat = browser.transferredBytes();
            System.out.printf(
                    "[console budgets] first signed-in page %d bytes, repeat navigation %d bytes%n", first, repeat);
            assertThat(first).as("first signed-in page, bytes").isLessThanOrEqualTo(150 * 1024);
            assertThat(repeat).as("repeat navigation, bytes").isLessThanOrEqualTo(60 * 1024);
            for (String path : List.of(
                    "/",
                    "/inbox",
                    "/cases",
                    "/cases/new",
                    "/requests",
                    "/requests/new",
                    "/directory?state=NE&competence=DRUG_TRAFFICKING",
                    "/audit",
                    "/access-requests",
                    "/reviews")) {
                browser.go(path);
                assertThat(browser.scrollsSideways())
                        .as("sideways scrolling at 360 px on " + path)
                        .isFalse();
                browser.assertAccessible();
            }
        }
        try (Browser browser = Browser.open("poor-link", "fr", Browser.Device.PHONE)) {
            browser.go("/").signIn("ne-investigator").awaitPath("/");
            // Signed in, then nothing of the console left in the browser: as on a phone's first visit.
            browser.forgetCachedFiles();
            browser.throttle(256, 400);
            browser.go("/");
            // A figure for docs/performance.md, not a timed assertion: the machine's load decides it.
            System.out.printf(
                    "[console budgets] my work on 256 kbit/s with 400 ms round trip, nothing cached: "
                            + "%d bytes, loaded in %d ms%n",
                    browser.transferredBytes(), browser.loadMillis());
            browser.go("/");
            System.out.printf(
                    "[console budgets] my work on the same link, again: %d bytes, loaded in %d ms%n",
                    browser.transferredBytes(), browser.loadMillis());
            assertThat(browser.text("h1")).isEqualTo("Mon travail");
        }
    }
}
