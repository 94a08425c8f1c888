package org.g5sahel.pcms.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.g5sahel.pcms.gateway.GatewayTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Problem titles and details follow {@code Accept-Language}: French by default, English or Arabic on request.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class ProblemLanguageTest {

    @Test
    void speaksFrenchByDefault() {
        given().when()
                .get("/api/directory/v1/states")
                .then()
                .statusCode(401)
                .header("Content-Language", "fr")
                .body("title", equalTo("Authentification requise"));
    }

    @Test
    void speaksArabicOnRequest() {
        given().header("Accept-Language", "ar, fr;q=0.5")
                .when()
                .get("/api/directory/v1/states")
                .then()
                .statusCode(401)
                .header("Content-Language", "ar")
                .body("title", equalTo("المصادقة مطلوبة"))
                .body("detail", equalTo("يقتضي هذا الطلب رمز وصول صالحًا (الترويسة Authorization: Bearer)."));
    }

    @ParameterizedTest
    @CsvSource({
        "'en', Authentication required",
        "'en-GB,fr;q=0.5', Authentication required",
        "'fr-FR,en;q=0.8', Authentification requise",
        "'de-DE', Authentification requise",
        "'de, en;q=0.3', Authentication required",
        "'*', Authentification requise",
        "'ar', المصادقة مطلوبة",
        "'ar-MR, fr;q=0.5', المصادقة مطلوبة",
        "'fr, ar;q=0.5', Authentification requise"
    })
    void followsAcceptLanguage(String acceptLanguage, String title) {
        given().header("Accept-Language", acceptLanguage)
                .when()
                .get("/api/directory/v1/states")
                .then()
                .statusCode(401)
                .body("title", equalTo(title))
                .body("type", equalTo("https://pcms.g5sahel.org/problems/unauthenticated"));
    }
}
