package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Officers of two agencies sign in with their own agency's identity provider — the demo realms ne-police-idp (OIDC)
 * and ml-gendarmerie-idp (SAML) brokered into pcms — after a platform administrator linked them with the directory's
 * onboarding API; what a provider asserts never decides the agency, and switching an agency off takes effect at the
 * next refresh.
 */
class IdentityFederationIT {

    private static final String IDENTITY = Platform.GATEWAY + "/api/directory/v1/identity";
    private static final String AGENCIES = Platform.GATEWAY + "/api/directory/v1/agencies";
    private static final String CASES = Platform.GATEWAY + "/api/cases/v1/cases";
    private static final Map<String, String> ROLES = Map.of(
            "pcms-investigators", "investigator", "pcms-analysts", "analyst", "pcms-border-officers", "border-officer");

    @BeforeAll
    static void linkTheTwoAgencies() {
        Platform.get();
        // The directory gives every reference agency its organization once Keycloak answers after it started.
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(given().auth()
                                .oauth2(admin())
                                .get(IDENTITY + "/drift")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("$"))
                        .isEmpty());
        given().auth()
                .oauth2(admin())
                .post(IDENTITY + "/reconcile")
                .then()
                .statusCode(200)
                .body("changes.action", org.hamcrest.Matchers.everyItem(equalTo("UNCHANGED")));
        onboard("NE-POLICE", oidc("NE-POLICE", ROLES), false).statusCode(200);
        onboard("ML-GENDARMERIE", saml(ROLES), false).statusCode(200);
    }

    @Test
    void theSignInPageListsBothAgenciesWithoutAToken() {
        // the directory reads Keycloak at most once a minute: the linking may show a minute later
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(given().get(Platform.GATEWAY + "/api/directory/v1/public/sign-in-options")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .jsonPath()
                                        .getList("$"))
                                .contains(
                                        Map.of(
                                                "agencyCode",
                                                "ML-GENDARMERIE",
                                                "agencyName",
                                                "Gendarmerie nationale – Mali",
                                                "stateCode",
                                                "ML",
                                                "identityProvider",
                                                "ml-gendarmerie"),
                                        Map.of(
                                                "agencyCode",
                                                "NE-POLICE",
                                                "agencyName",
                                                "Police nationale – Niger",
                                                "stateCode",
                                                "NE",
                                                "identityProvider",
                                                "ne-police")));
    }

    @Test
    void aNigerPoliceOfficerSignsInWithOidcAndWorksAsHisAgency() {
        BrowserLogin.SignedIn officer = new BrowserLogin().signIn("ne-police", "amadou.issoufou");
        JsonNode claims = Tokens.claims(officer.accessToken());
        assertThat(claims.path("pcms_agency").asText()).isEqualTo("NE-POLICE");
        assertThat(claims.path("pcms_state").asText()).isEqualTo("NE");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("ne-police.amadou.issoufou");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"investigator\"");

        String own = given().auth()
                .oauth2(officer.accessToken())
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Vols de bétail à Tillabéri\",\"threats\":[\"CATTLE_RUSTLING\"]}")
                .post(CASES)
                .then()
                .statusCode(201)
                .body("sharing.ownerAgency", equalTo("NE-POLICE"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(officer.accessToken())
                .get(CASES + "/" + own)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("ne-investigator"))
                .get(CASES + "/" + own)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of("ml-investigator"))
                .get(CASES + "/" + own)
                .then()
                .statusCode(404);

        String ocrtis = given().auth()
                .oauth2(Tokens.of("ne-investigator"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Saisie de tramadol à Zinder\",\"threats\":[\"DRUG_TRAFFICKING\"]}")
                .post(CASES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(officer.accessToken())
                .get(CASES + "/" + ocrtis)
                .then()
                .statusCode(404);
    }

    @Test
    void aMaliGendarmeSignsInWithSaml() {
        BrowserLogin.SignedIn gendarme = new BrowserLogin().signIn("ml-gendarmerie", "oumar.traore");
        JsonNode claims = Tokens.claims(gendarme.accessToken());
        assertThat(claims.path("pcms_agency").asText()).isEqualTo("ML-GENDARMERIE");
        assertThat(claims.path("pcms_state").asText()).isEqualTo("ML");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("ml-gendarmerie.oumar.traore");
        given().auth()
                .oauth2(gendarme.accessToken())
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Trafic d'armes à Kidal\",\"threats\":[\"FIREARMS_TRAFFICKING\"]}")
                .post(CASES)
                .then()
                .statusCode(201)
                .body("sharing.ownerAgency", equalTo("ML-GENDARMERIE"));
    }

    @Test
    void theAgencysSecondFactorCountsOnlyWhereItsProviderAssertsIt() {
        // OIDC, asserting acr=mfa, trusted at onboarding: no second factor of PCMS on top of the agency's.
        BrowserLogin nigerien = new BrowserLogin();
        BrowserLogin.Page landed = nigerien.logIn(nigerien.start("ne-police"), "amadou.issoufou");
        assertThat(landed.isCallback())
                .as("the asserted second factor is accepted")
                .isTrue();
        assertThat(Tokens.realmRoles(nigerien.exchange(landed).accessToken())).contains("pcms-mfa-asserted");

        // SAML, asserting nothing: PCMS asks its own second factor (set up at the first sign-in, then a code).
        for (int signIn = 0; signIn < 2; signIn++) {
            BrowserLogin malian = new BrowserLogin();
            BrowserLogin.Page afterProvider =
                    malian.submitForm(malian.logIn(malian.start("ml-gendarmerie"), "oumar.traore"));
            assertThat(afterProvider.isCallback())
                    .as("a sign-in through SAML without PCMS's second factor")
                    .isFalse();
            BrowserLogin.SignedIn gendarme = malian.exchange(malian.secondFactor(afterProvider, "oumar.traore"));
            assertThat(Tokens.realmRoles(gendarme.accessToken())).doesNotContain("pcms-mfa-asserted");
        }
        // The first sign-in set TOTP up, the second one answered the code page.
        BrowserLogin again = new BrowserLogin();
        assertThat(BrowserLogin.asksForCode(
                        again.submitForm(again.logIn(again.start("ml-gendarmerie"), "oumar.traore"))))
                .isTrue();
    }

    @Test
    void aProviderAssertingAnotherAgencyOrNoneGetsNoAccess() {
        // OIDC: Keycloak refuses on its page, before any token exists.
        for (String user : List.of("rogue.officer", "no.agency")) {
            BrowserLogin browser = new BrowserLogin();
            BrowserLogin.Page landed = browser.logIn(browser.start("ne-police"), user);
            assertThat(landed.isCallback())
                    .as(user + " must not come back with a code")
                    .isFalse();
            assertThat(landed.text()).containsAnyOf("attribut essentiel", "essential claim");
        }
        // SAML: the gendarme comes back signed in as ML-GENDARMERIE, with BF-GENDARMERIE asserted: the API refuses.
        BrowserLogin.SignedIn rogue = new BrowserLogin().signIn("ml-gendarmerie", "rogue.gendarme");
        given().auth()
                .oauth2(rogue.accessToken())
                .header("Accept-Language", "en")
                .get(CASES)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/identity-provider-mismatch"))
                .body("detail", org.hamcrest.Matchers.containsString("BF-GENDARMERIE"));
        given().auth()
                .oauth2(rogue.accessToken())
                .get(Platform.service("cases") + "/api/cases/v1/cases")
                .then()
                .statusCode(401);
    }

    @Test
    void anExpiredOrReplayedSamlAssertionIsRefused() {
        BrowserLogin browser = new BrowserLogin();
        BrowserLogin.Page assertion = browser.logIn(browser.start("ml-gendarmerie"), "fatoumata.keita");
        assertThat(assertion.hasSamlResponse()).isTrue();
        assertThat(browser.secondFactor(browser.submitForm(assertion), "fatoumata.keita")
                        .isCallback())
                .isTrue();
        assertThat(browser.submitForm(assertion).isCallback())
                .as("the same assertion posted again")
                .isFalse();

        BrowserLogin late = new BrowserLogin();
        BrowserLogin.Page expiring = late.logIn(late.start("ml-gendarmerie"), "fatoumata.keita");
        // The demo provider's assertions live 20 s (keycloak/realms/ml-gendarmerie-idp-realm.json).
        Instant notOnOrAfter = expiring.samlNotOnOrAfter();
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Instant.now().isAfter(notOnOrAfter.plusSeconds(1)));
        assertThat(late.submitForm(expiring).isCallback())
                .as("an expired assertion")
                .isFalse();
    }

    @Test
    void disablingTheProviderOrDeactivatingTheAgencyStopsTheNextRefresh() {
        String code = "NE-FEDTEST";
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"state\":\"NE\",\"nameFr\":\"Brigade d'essai de la fédération\","
                        + "\"type\":\"POLICE\"}")
                .post(AGENCIES)
                .then()
                .statusCode(201);
        // The organization comes from the directory's event, not from the request.
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(driftOf(code)).isEmpty());
        createProviderUser("fed.tester", code);
        onboard(code, oidc(code, ROLES), false).statusCode(200);

        BrowserLogin.SignedIn first = new BrowserLogin().signIn("ne-fedtest", "fed.tester");
        assertThat(BrowserLogin.refresh(first.refreshToken())).isEqualTo(200);
        Map<String, Object> disabled = new HashMap<>(oidc(code, ROLES));
        disabled.put("enabled", false);
        onboard(code, disabled, false)
                .statusCode(200)
                .body("changes.action", org.hamcrest.Matchers.hasItem("SIGN_OUT"));
        assertThat(BrowserLogin.refresh(first.refreshToken())).isEqualTo(400);

        onboard(code, oidc(code, ROLES), false).statusCode(200);
        BrowserLogin.SignedIn second = new BrowserLogin().signIn("ne-fedtest", "fed.tester");
        assertThat(BrowserLogin.refresh(second.refreshToken())).isEqualTo(200);
        given().auth()
                .oauth2(admin())
                .post(AGENCIES + "/" + code + "/deactivate")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> BrowserLogin.refresh(second.refreshToken()) == 400);
        BrowserLogin browser = new BrowserLogin();
        assertThat(browser.logIn(browser.start("ne-fedtest"), "fed.tester").isCallback())
                .isFalse();
    }

    @Test
    void removingAMemberFromTheOrganizationStopsTheNextRefresh() {
        BrowserLogin.SignedIn analyst = new BrowserLogin().signIn("ne-police", "mariama.sani");
        assertThat(BrowserLogin.refresh(analyst.refreshToken())).isEqualTo(200);
        String keycloakAdmin = Tokens.adminToken();
        String organization = given().auth()
                .oauth2(keycloakAdmin)
                .queryParam("search", "NE-POLICE")
                .queryParam("exact", true)
                .get(Platform.KEYCLOAK + "/admin/realms/pcms/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        String member = given().auth()
                .oauth2(keycloakAdmin)
                .queryParam("search", "ne-police.mariama.sani")
                .get(Platform.KEYCLOAK + "/admin/realms/pcms/organizations/" + organization + "/members")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        given().auth()
                .oauth2(keycloakAdmin)
                .delete(Platform.KEYCLOAK + "/admin/realms/pcms/organizations/" + organization + "/members/" + member)
                .then()
                .statusCode(204);
        assertThat(BrowserLogin.refresh(analyst.refreshToken())).isEqualTo(400);
    }

    @Test
    void onboardingAgainChangesNothingAndADryRunAppliesNothing() {
        onboard("NE-POLICE", oidc("NE-POLICE", ROLES), false)
                .statusCode(200)
                .body("changes.action", org.hamcrest.Matchers.everyItem(equalTo("UNCHANGED")));
        onboard("ML-GENDARMERIE", saml(ROLES), false)
                .statusCode(200)
                .body("changes.action", org.hamcrest.Matchers.everyItem(equalTo("UNCHANGED")));

        Map<String, String> more = new HashMap<>(ROLES);
        more.put("pcms-firearms", "firearms-officer");
        onboard("NE-POLICE", oidc("NE-POLICE", more), true)
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body(
                        "changes.findAll { it.action == 'CREATE' }.target",
                        org.hamcrest.Matchers.contains("mapper ne-police/role pcms-firearms"));
        List<String> mappers = given().auth()
                .oauth2(Tokens.adminToken())
                .get(Platform.KEYCLOAK + "/admin/realms/pcms/identity-provider/instances/ne-police/mappers")
                .then()
                .statusCode(200)
                .extract()
                .path("name");
        assertThat(mappers).doesNotContain("role pcms-firearms").contains("pcms_agency", "role pcms-investigators");
        onboard("NE-POLICE", oidc("NE-POLICE", ROLES), false)
                .statusCode(200)
                .body("changes.action", org.hamcrest.Matchers.everyItem(equalTo("UNCHANGED")));

        given().auth()
                .oauth2(admin())
                .queryParam("dryRun", true)
                .post(IDENTITY + "/reconcile")
                .then()
                .statusCode(200);
        assertThat(driftOf("NE-POLICE")).isEmpty();
        assertThat(driftOf("ML-GENDARMERIE")).isEmpty();
        given().auth()
                .oauth2(Tokens.of("ne-coordinator"))
                .contentType(ContentType.JSON)
                .body(oidc("NE-POLICE", ROLES))
                .put(IDENTITY + "/agencies/NE-POLICE/identity-provider")
                .then()
                .statusCode(403);
    }

    /** A fresh token each time: the class runs longer than an access token lives. */
    private static String admin() {
        return Tokens.of("platform-admin");
    }

    private static io.restassured.response.ValidatableResponse onboard(
            String code, Map<String, ?> request, boolean dryRun) {
        return given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .queryParam("dryRun", dryRun)
                .body(request)
                .put(IDENTITY + "/agencies/" + code + "/identity-provider")
                .then();
    }

    private static Map<String, Object> oidc(String code, Map<String, String> roles) {
        // The demo provider asserts its own second factor in acr (keycloak/realms/ne-police-idp-realm.json).
        return Map.of(
                "protocol",
                "OIDC",
                "metadataUrl",
                Platform.KEYCLOAK + "/realms/ne-police-idp/.well-known/openid-configuration",
                "clientId",
                "pcms-broker",
                "clientSecret",
                "demo-ne-police-broker-secret",
                "agencyAttribute",
                "agency",
                "roleMappings",
                roles,
                "displayName",
                "Police — " + code,
                "secondFactorClaim",
                "acr",
                "secondFactorValue",
                "^mfa$");
    }

    private static Map<String, Object> saml(Map<String, String> roles) {
        return Map.of(
                "protocol",
                "SAML",
                "metadataUrl",
                Platform.KEYCLOAK + "/realms/ml-gendarmerie-idp/protocol/saml/descriptor",
                "agencyAttribute",
                "agency",
                "roleMappings",
                roles);
    }

    private static List<Object> driftOf(String code) {
        return given().auth()
                .oauth2(Tokens.of("platform-admin"))
                .get(IDENTITY + "/drift")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.agency == '" + code + "' }");
    }

    /** An officer in the demo OIDC provider whose directory says he belongs to {@code agency}. */
    private static void createProviderUser(String username, String agency) {
        given().auth()
                .oauth2(Tokens.adminToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "firstName",
                        "Fed",
                        "lastName",
                        "Tester",
                        "email",
                        username + "@police.demo.ne",
                        "attributes",
                        Map.of("agency", List.of(agency)),
                        "groups",
                        List.of("/pcms-investigators"),
                        "credentials",
                        List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .post(Platform.KEYCLOAK + "/admin/realms/ne-police-idp/users")
                .then()
                .statusCode(201);
    }
}
