package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real tokens from the platform's Keycloak, and forgeries made from them. */
final class Tokens {

    private Tokens() {}

    /** A demo user's access token through the development client (password grant). */
    static String of(String username) {
        return password(Platform.ISSUER, "pcms-cli", username);
    }

    static String password(String realmUrl, String clientId, String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", "demo")
                .post(realmUrl + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A demo user's access token through a client bound to the realm's password grant flow: password and TOTP code. */
    static String passwordAndCode(String realmUrl, String clientId, String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", "demo")
                .formParam("totp", Totp.code(Totp.DEMO_SECRET))
                .post(realmUrl + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    static String adminToken() {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post(Platform.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The same token with a payload claim edited and the original signature kept. */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"pcms_agency\":\"NE-OCRTIS\"", "\"pcms_agency\":\"NE-UNC\"");
        return parts[0] + "." + encode(payload) + "." + parts[2];
    }

    /** The same claims, unsigned, claiming {@code alg: none}. */
    static String unsigned(String token) {
        String[] parts = token.split("\\.");
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    /** INTERPOL's connector, a partner system: client credentials, no user. */
    static String partner() {
        return partner("interpol-connector");
    }

    /** A partner system of the development realm ({@code interpol-connector}, {@code unodc-connector}). */
    static String partner(String clientId) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", "demo-" + clientId + "-secret")
                .post(Platform.ISSUER + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The realm roles a token carries. */
    static java.util.List<String> realmRoles(String token) {
        java.util.List<String> roles = new java.util.ArrayList<>();
        claims(token).path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    static long expiry(String token) {
        return claims(token).get("exp").asLong();
    }

    /** The claims of a token, read without checking it (the services do that). */
    static com.fasterxml.jackson.databind.JsonNode claims(String token) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
