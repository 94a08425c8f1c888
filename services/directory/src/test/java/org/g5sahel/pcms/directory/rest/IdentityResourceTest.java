package org.g5sahel.pcms.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The identity endpoints' refusals, which come before any call to Keycloak (none runs in these tests: the linking
 * itself is proven against a real Keycloak by the system tests).
 */
@QuarkusTest
class IdentityResourceTest {

    private static final String ONBOARD = "/api/directory/v1/identity/agencies/{code}/identity-provider";
    private static final String OIDC = """
            {"protocol":"OIDC","metadataUrl":"https://idp.police.ne/.well-known/openid-configuration",
             "clientId":"pcms-broker","clientSecret":"s3cret","agencyAttribute":"agency",
             "roleMappings":{"pcms-investigators":"investigator"}}""";

    @Test
    void onlyPlatformAdministratorsLinkIdentityProviders() {
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(OIDC)
                .put(ONBOARD, "NE-POLICE")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(OIDC)
                .put(ONBOARD, "NE-POLICE")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .get("/api/directory/v1/identity/drift")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .post("/api/directory/v1/identity/reconcile")
                .then()
                .statusCode(403);
    }

    @Test
    void anUnknownAgencyIsNotFound() {
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body(OIDC)
                .put(ONBOARD, "NE-NOWHERE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anOidcProviderNeedsItsClientAndGrantsOperationalRolesOnly() {
        String body = """
                {"protocol":"OIDC","metadataUrl":"https://idp.police.ne/.well-known/openid-configuration",
                 "agencyAttribute":"agency","roleMappings":{"pcms-admins":"pcms-admin","pcms-chiefs":"national-coordinator"}}""";
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(body)
                .put(ONBOARD, "NE-POLICE")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        hasItems("clientId", "clientSecret", "roleMappings.pcms-admins", "roleMappings.pcms-chiefs"));
    }

    @Test
    void malformedRequestsAreProblemsNamingTheField() {
        String body = """
                {"protocol":"LDAP","metadataUrl":"ftp://x","agencyAttribute":"agency"}""";
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .put(ONBOARD, "NE-POLICE")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        String noAttribute = """
                {"protocol":"SAML","metadataUrl":"javascript:alert(1)"}""";
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body(noAttribute)
                .put(ONBOARD, "NE-POLICE")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("metadataUrl", "agencyAttribute"));
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body(
                        "{\"protocol\":\"SAML\",\"metadataUrl\":\"https://idp.ml/saml\",\"agencyAttribute\":\"agency\",\"clientSecret\":\"x\"}")
                .put(ONBOARD, "ML-GENDARMERIE")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("clientSecret"));
    }

    @Test
    void aTrustedSecondFactorIsAnOidcClaimWithAValidPattern() {
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"protocol\":\"SAML\",\"metadataUrl\":\"https://idp.ml/saml\",\"agencyAttribute\":\"agency\","
                        + "\"secondFactorClaim\":\"acr\",\"secondFactorValue\":\"mfa\"}")
                .put(ONBOARD, "ML-GENDARMERIE")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("secondFactorClaim"));
        String oidc = OIDC.substring(0, OIDC.lastIndexOf('}'));
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body(oidc + ",\"secondFactorClaim\":\"acr\"}")
                .put(ONBOARD, "NE-POLICE")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("secondFactorValue"));
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body(oidc + ",\"secondFactorClaim\":\"acr\",\"secondFactorValue\":\"(mfa\"}")
                .put(ONBOARD, "NE-POLICE")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("secondFactorValue"));
    }

    @Test
    void withoutKeycloakTheIdentityEndpointsAreUnavailableNotBroken() {
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(OIDC)
                .put(ONBOARD, "NE-POLICE")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pcms.g5sahel.org/problems/service-unavailable"));
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .get("/api/directory/v1/identity/drift")
                .then()
                .statusCode(503);
    }
}
