package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Browser and mobile sign-ins need a second factor for every role; only the development CLI client keeps a password
 * grant without one.
 */
class MultiFactorSignInIT {

    private static final String TOKEN = Platform.ISSUER + "/protocol/openid-connect/token";

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aPasswordAloneStopsAtTheCodePageAndOnlyTheRightCodeGivesTokens() {
        for (String user : java.util.List.of("ne-investigator", "platform-admin", "g5-auditor")) {
            BrowserLogin browser = new BrowserLogin();
            BrowserLogin.Page afterPassword = browser.logIn(browser.start(), user);
            assertThat(afterPassword.isCallback())
                    .as(user + " signed in with a password alone")
                    .isFalse();
            assertThat(BrowserLogin.asksForCode(afterPassword))
                    .as(user + " is asked a one-time code")
                    .isTrue();

            BrowserLogin.Page refused = browser.enterCode(afterPassword, Totp.wrongCode(Totp.DEMO_SECRET));
            assertThat(refused.isCallback()).as("a wrong code").isFalse();
            assertThat(BrowserLogin.asksForCode(refused))
                    .as("the code page again")
                    .isTrue();

            BrowserLogin.SignedIn signedIn = browser.exchange(browser.enterCode(refused, Totp.code(Totp.DEMO_SECRET)));
            assertThat(Tokens.claims(signedIn.accessToken())
                            .path("preferred_username")
                            .asText())
                    .isEqualTo(user);
            assertThat(Tokens.claims(signedIn.accessToken()).path("azp").asText())
                    .isEqualTo(BrowserLogin.CLIENT);
        }
        // The development realm lets the same code serve twice within its 30 s, so that tests may sign in again.
        assertThat(new BrowserLogin().signIn("ne-investigator").accessToken()).isNotBlank();
    }

    @Test
    void theWebAndMobileClientsHaveNoPasswordGrant() {
        for (String client : java.util.List.of("pcms-web", "pcms-mobile")) {
            var request = given();
            if (client.equals(BrowserLogin.CLIENT)) {
                request.formParam("client_secret", BrowserLogin.SECRET);
            }
            request.formParam("grant_type", "password")
                    .formParam("client_id", client)
                    .formParam("username", "ne-investigator")
                    .formParam("password", "demo")
                    .formParam("totp", Totp.code(Totp.DEMO_SECRET))
                    .post(TOKEN)
                    .then()
                    .statusCode(400)
                    .body("error", equalTo("unauthorized_client"));
        }
    }

    @Test
    void theWebConsoleIsAConfidentialClient() {
        // a code exchange without the console's secret is refused before the code is even looked at
        given().formParam("grant_type", "authorization_code")
                .formParam("client_id", BrowserLogin.CLIENT)
                .formParam("code", "not-a-code")
                .formParam("redirect_uri", BrowserLogin.REDIRECT)
                .post(TOKEN)
                .then()
                .statusCode(401)
                .body("error", oneOf("unauthorized_client", "invalid_client"));
        given().formParam("grant_type", "authorization_code")
                .formParam("client_id", BrowserLogin.CLIENT)
                .formParam("client_secret", BrowserLogin.SECRET)
                .formParam("code", "not-a-code")
                .formParam("redirect_uri", BrowserLogin.REDIRECT)
                .post(TOKEN)
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_grant"));
    }

    @Test
    void anyOtherPasswordGrantOfTheRealmNeedsTheCode() {
        // admin-cli exists in every realm; its tokens are not for the API, and its password grant wants the code.
        given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "ne-investigator")
                .formParam("password", "demo")
                .post(TOKEN)
                .then()
                .statusCode(401)
                .body("error", equalTo("invalid_grant"));
        given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "ne-investigator")
                .formParam("password", "demo")
                .formParam("totp", Totp.code(Totp.DEMO_SECRET))
                .post(TOKEN)
                .then()
                .statusCode(200);
    }

    @Test
    void theDevelopmentCliKeepsItsPasswordGrant() {
        String token = Tokens.of("ne-investigator");
        assertThat(Tokens.claims(token).path("azp").asText()).isEqualTo("pcms-cli");
        given().auth()
                .oauth2(token)
                .get(Platform.GATEWAY + "/api/cases/v1/cases")
                .then()
                .statusCode(200);
    }
}
