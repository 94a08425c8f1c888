package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The case journey of issue 18 in real browsers, in French: Niger opens a case with two subjects, shares it with Mali
 * only after the API's preview, and sends Mali a request; Mali sees it in "my work" and answers with a file; Niger
 * reads the answer; a correlation hit leads to an access request that Mali grants; a Burkinabè investigator sees none
 * of it; Niger's audit page lists Mali's reads. Agencies with their own identity provider sign in from the console.
 */
class ConsoleJourneyIT {

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void niger_and_mali_work_a_case_together_and_burkina_faso_sees_nothing() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Filière Agadez – Gao " + suffix;
        String passport = "NE" + suffix.toUpperCase();
        String caseId;
        String caseReference;
        String requestPath;
        try (Browser niger = Browser.open("case-journey-ne", "fr", Browser.Device.DESKTOP)) {
            niger.go("/cases/new").signIn("ne-investigator").awaitPath("/cases/new");
            niger.type("#f-title", title)
                    .type("#f-summary", "Convois de cocaïne vers le nord.")
                    .click("#f-threats-DRUG_TRAFFICKING");
            niger.screenshot("new-case");
            niger.click("form.form button[type=submit]").awaitPath("/cases/");
            caseId = niger.path().substring("/cases/".length()).replaceAll("[#?].*", "");
            caseReference = niger.text("h1").split(" — ")[0];
            assertThat(niger.text("#audience")).contains("NE-OCRTIS");

            addPerson(niger, "SUSPECT", "Mohamed Ould Ahmed", "محمد ولد أحمد", "ML", passport, false);
            addPerson(niger, "VICTIM", "Aïcha Soumana", "", "NE", "", true);
            assertThat(niger.all("#subjects .items > li")).hasSize(2);
            assertThat(niger.text("#subjects")).contains("محمد ولد أحمد", "Mohamed Ould Ahmed");
            niger.assertAccessible();
            niger.screenshot("case-with-subjects");

            // Sharing: the API previews who would gain access before anything changes.
            niger.click("#sharing details summary")
                    .click("#f-distribution-SELECTED")
                    .type("#f-sharedWith", "ML")
                    .click("#preview-sharing")
                    .awaitPath("/cases/" + caseId + "/sharing/preview");
            assertThat(niger.text(".gained")).contains("Mali");
            assertThat(niger.text(".lost")).contains("Personne");
            niger.assertAccessible();
            niger.screenshot("sharing-preview");
            niger.click("#confirm-sharing").awaitPath("/cases/" + caseId);
            assertThat(niger.text("#audience")).contains("Mali");
            assertThat(niger.text("#hidden-from"))
                    .contains("Burkina Faso", "Mauritanie", "Tchad")
                    .doesNotContain("Mali");
            niger.screenshot("shared-with-mali");

            niger.go("/requests/new?caseId=" + caseId);
            niger.type("#f-recipients", "ML-CT")
                    .type("#f-subject", "Identification du suspect " + suffix)
                    .type("#f-body", "Merci de nous communiquer tout antécédent connu.")
                    .type("#f-purpose", "Enquête " + caseReference)
                    .type("#f-legalBasis", "Accord de coopération en matière de police criminelle G5 Sahel, art. 5");
            niger.screenshot("new-request");
            niger.click("#send-request").awaitPath("/requests/");
            requestPath = niger.path();
        }

        Path attachment = Files.createTempFile("reponse-", ".txt");
        Files.writeString(attachment, "Antécédents : aucun au fichier national.");
        try (Browser mali = Browser.open("case-journey-ml", "fr", Browser.Device.PHONE)) {
            mali.go("/").signIn("ml-investigator").awaitPath("/");
            assertThat(mali.text("#waiting")).contains("Identification du suspect " + suffix);
            assertThat(mali.scrollsSideways()).isFalse();
            mali.screenshot("my-work-mali");
            mali.go(requestPath).click("#acknowledge").awaitPath(requestPath);
            // The file first: a final answer closes the request.
            mali.find("#f-file").sendKeys(attachment.toAbsolutePath().toString());
            mali.click("#attach").awaitPath(requestPath);
            assertThat(mali.text("#files")).contains(attachment.getFileName().toString());
            mali.type("#f-body", "Aucun antécédent au fichier national.")
                    .click("#f-finalAnswer")
                    .click("#send-reply");
            mali.awaitPath(requestPath);
            assertThat(mali.text("#thread")).contains("Aucun antécédent");
            mali.assertAccessible();
            mali.screenshot("answered-with-file");
            // Mali reads the shared case: that read is Niger's to see in its audit page.
            mali.go("/cases/" + caseId);
            assertThat(mali.text("h1")).contains(caseReference);
        }

        // Mali's own case holds the same passport: the hit-no-hit check finds both.
        String maliCase = given().auth()
                .oauth2(Tokens.of("ml-investigator"))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Passeur " + suffix, "threats", List.of("DRUG_TRAFFICKING")))
                .post(Platform.GATEWAY + "/api/cases/v1/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.of("ml-investigator"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "PERSON",
                        "role",
                        "SUSPECT",
                        "person",
                        Map.of(
                                "nameLatin",
                                "M. O. Ahmed",
                                "documents",
                                List.of(Map.of("type", "PASSPORT", "number", passport, "issuingCountry", "ML")))))
                .post(Platform.GATEWAY + "/api/cases/v1/cases/" + maliCase + "/subjects")
                .then()
                .statusCode(201);

        try (Browser niger = Browser.open("case-journey-ne-2", "fr", Browser.Device.DESKTOP)) {
            niger.go(requestPath).signIn("ne-investigator").awaitPath(requestPath);
            assertThat(niger.text("#thread")).contains("Aucun antécédent", "Réponse finale");
            assertThat(niger.text("#files")).contains(attachment.getFileName().toString());
            niger.screenshot("answer-received");

            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> {
                        niger.go("/cases/" + caseId);
                        assertThat(niger.all("#hits form")).isNotEmpty();
                    });
            niger.type("#hits input[name=purpose]", "Identifier le passeur " + suffix)
                    .click("#hits form button");
            niger.awaitPath("/cases/" + caseId);
            assertThat(niger.text("#hits")).contains("en attente");
            niger.screenshot("access-requested");
        }

        try (Browser mali = Browser.open("case-journey-ml-2", "fr", Browser.Device.DESKTOP)) {
            mali.go("/").signIn("ml-investigator").awaitPath("/");
            WebElement decisions = mali.find("#decisions");
            assertThat(decisions.getText()).contains("NE-OCRTIS", "Identifier le passeur " + suffix);
            mali.click("#decisions a[href='/access-requests#to-decide']").awaitPath("/access-requests");
            assertThat(mali.text("#to-decide"))
                    .contains("NE-OCRTIS", "Identifier le passeur " + suffix, "Usage autorisé", "Accès jusqu’au");
            mali.assertAccessible();
            mali.screenshot("access-to-decide");
            mali.click("#to-decide button[value=true]").awaitPath("/access-requests");
            assertThat(mali.text("#granted")).contains("NE-OCRTIS", "renseignement seulement");
        }

        try (Browser burkina = Browser.open("case-journey-bf", "fr", Browser.Device.DESKTOP)) {
            burkina.go("/cases?q=" + suffix).signIn("bf-investigator").awaitPath("/cases");
            assertThat(burkina.text("table.list")).doesNotContain(caseReference, title);
            burkina.go("/cases/" + caseId);
            assertThat(burkina.text("h1")).isEqualTo("Impossible d’afficher cette page");
            assertThat(burkina.driver().getPageSource()).doesNotContain(title, caseReference);
            burkina.go("/requests?box=received");
            assertThat(burkina.driver().getPageSource()).doesNotContain("Identification du suspect " + suffix);
            burkina.go("/");
            assertThat(burkina.driver().getPageSource()).doesNotContain(caseReference, suffix);
            burkina.screenshot("nothing-for-burkina");
        }

        try (Browser niger = Browser.open("case-journey-audit", "fr", Browser.Device.DESKTOP)) {
            niger.go("/audit").signIn("ne-investigator").awaitPath("/audit");
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> {
                        niger.go("/audit");
                        assertThat(niger.text("#accesses")).contains(caseReference, "ML-CT", "consultation");
                    });
            niger.assertAccessible();
            niger.screenshot("audit");
        }
    }

    private static void addPerson(
            Browser browser,
            String role,
            String latin,
            String original,
            String nationality,
            String passport,
            boolean minor) {
        browser.click("#subjects details summary");
        browser.find("#f-role option[value=" + role + "]").click();
        browser.type("#f-person\\.nameLatin", latin);
        if (!original.isEmpty()) {
            browser.type("#f-person\\.nameOriginalScript", original);
        }
        browser.type("#f-person\\.nationality", nationality);
        if (!passport.isEmpty()) {
            browser.type("#f-passport", passport);
        }
        if (minor) {
            browser.click("#f-person\\.minor");
        }
        browser.click("#add-subject").awaitPath("/cases/");
    }

    @Test
    void officersOfAgenciesWithTheirOwnProviderSignInFromTheConsole() {
        IdentityFederationIT.linkTheTwoAgencies();
        try (Browser police = Browser.open("agency-oidc", "fr", Browser.Device.DESKTOP)) {
            police.go("/sign-in");
            police.click("#agency-providers a[data-agency=NE-POLICE]");
            police.type("#username", "amadou.issoufou")
                    .type("#password", "demo")
                    .click("#kc-login");
            police.awaitPath("/");
            assertThat(police.text("#officer")).contains("NE-POLICE", "Niger");
            police.screenshot("signed-in-through-ne-police");
        }
        try (Browser gendarme = Browser.open("agency-saml", "fr", Browser.Device.DESKTOP)) {
            gendarme.go("/sign-in");
            gendarme.screenshot("sign-in-with-agencies");
            gendarme.click("#agency-providers a[data-agency=ML-GENDARMERIE]");
            gendarme.type("#username", "oumar.traore").type("#password", "demo").click("#kc-login");
            // SAML asserts no second factor: PCMS asks its own, set up at the first sign-in.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !gendarme.all("#otp, [name=totpSecret]").isEmpty()
                            || gendarme.path().equals("/"));
            if (!gendarme.all("[name=totpSecret]").isEmpty()) {
                String secret = gendarme.find("[name=totpSecret]").getAttribute("value");
                gendarme.type("#totp", Totp.code(secret));
                if (!gendarme.all("#userLabel").isEmpty()) {
                    gendarme.type("#userLabel", "console");
                }
                BrowserLogin.ENROLLED.put("oumar.traore", secret);
                gendarme.click("[type=submit]");
            } else if (!gendarme.all("#otp").isEmpty()) {
                gendarme.type("#otp", Totp.code(BrowserLogin.ENROLLED.get("oumar.traore")))
                        .click("#kc-login");
            }
            gendarme.awaitPath("/");
            assertThat(gendarme.text("#officer")).contains("ML-GENDARMERIE", "Mali");
            gendarme.screenshot("signed-in-through-ml-gendarmerie");
        }
    }
}
