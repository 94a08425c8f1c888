package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the FIU's own schema configured, imports are validated against it before they are read. */
@QuarkusTest
@TestProfile(GoamlSchemaProfileTest.FiuSchema.class)
class GoamlSchemaProfileTest {

    public static class FiuSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of(
                        "pcms.aml.goaml.schema-path",
                        Path.of(FiuSchema.class
                                        .getResource("/goaml/schema/fiu-subset.xsd")
                                        .toURI())
                                .toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aFileTheFiuSchemaRefusesIsRefusedWithTheValidatorsExplanation() {
        // AIF is a goAML report code, but this FIU's schema receives STR, SAR and DPMSR only.
        given().auth()
                .oauth2(Users.BF_FIU)
                .contentType(ContentType.XML)
                .header("Accept-Language", "en")
                .body(Users.resource("/goaml/aif.xml"))
                .post("/api/aml/v1/reports/imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("report/report_code"))
                .body("errors[0].message", equalTo("The file does not follow the FIU’s goAML schema here."))
                .body("detail", containsString("line 6"))
                .body("detail", containsString("AIF"));
        given().auth()
                .oauth2(Users.BF_FIU)
                .contentType(ContentType.XML)
                .body(Users.resource("/goaml/prefixed-namespace.xml"))
                .post("/api/aml/v1/reports/imports")
                .then()
                .statusCode(201)
                .body("kind", equalTo("STR"));
    }
}
