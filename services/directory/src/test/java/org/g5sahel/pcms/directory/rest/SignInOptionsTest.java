package org.g5sahel.pcms.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.testing.TestClock;
import org.g5sahel.pcms.directory.service.AgencyOrganizations;
import org.g5sahel.pcms.directory.service.AgencyOrganizations.ProviderLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The public sign-in options: no token, only code, name, State and provider alias of active agencies, and Keycloak
 * (here its reading, replaced: these tests have no Keycloak) read once per cache period at most.
 */
@QuarkusTest
class SignInOptionsTest {

    private static final String OPTIONS = "/api/directory/v1/public/sign-in-options";

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void anyoneReadsTheAgenciesWithTheirOwnProviderAndKeycloakIsReadOncePerPeriod() {
        AtomicInteger reads = new AtomicInteger();
        List<List<ProviderLink>> answers = List.of(
                List.of(
                        new ProviderLink("ne-police", "NE-POLICE"),
                        new ProviderLink("ghost", "NE-NOWHERE"),
                        new ProviderLink("ml-gendarmerie", "ML-GENDARMERIE")),
                List.of(new ProviderLink("ne-police", "NE-POLICE")));
        QuarkusMock.installMockForType(
                new AgencyOrganizations(null, null) {
                    @Override
                    public List<ProviderLink> signInProviders() {
                        int read = reads.getAndIncrement();
                        if (read >= answers.size()) {
                            throw new ProblemException(
                                    ProblemType.SERVICE_UNAVAILABLE, "identity.keycloak-unreachable");
                        }
                        return answers.get(read);
                    }
                },
                AgencyOrganizations.class);
        // a period from any earlier test is over
        TestClock.advance(Duration.ofMinutes(2));

        List<Map<String, Object>> first =
                given().get(OPTIONS).then().statusCode(200).extract().jsonPath().getList("");
        assertThat(first)
                .containsExactly(
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
                                "ne-police"));
        for (int i = 0; i < 5; i++) {
            assertThat(given().get(OPTIONS)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList(""))
                    .isEqualTo(first);
        }
        assertThat(reads).hasValue(1);

        TestClock.advance(Duration.ofSeconds(61));
        assertThat(given().get(OPTIONS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("agencyCode"))
                .containsExactly("NE-POLICE");
        assertThat(reads).hasValue(2);

        // Keycloak failing: the last list read is served again, and Keycloak is not asked again within the period
        TestClock.advance(Duration.ofSeconds(61));
        given().get(OPTIONS).then().statusCode(200);
        given().get(OPTIONS).then().statusCode(200);
        assertThat(reads).hasValue(3);
    }
}
