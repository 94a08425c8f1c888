package org.g5sahel.pcms.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgencyResourceTest {

    private static final String AGENCIES = "/api/directory/v1/agencies";

    @Test
    void seededAgenciesAreSearchableWithoutAccentsOrCase() {
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("q", "SURETE")
                .get(AGENCIES)
                .then()
                .statusCode(200)
                .body("items.code", hasItem("MR-POLICE"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("q", "stupefiants")
                .get(AGENCIES)
                .then()
                .statusCode(200)
                .body("items.code", hasItem("NE-OCRTIS"));
    }

    @Test
    void filtersByStateTypeAndCompetence() {
        given().auth()
                .oauth2(Users.INTERPOL)
                .queryParam("state", "NE")
                .queryParam("competence", "FIREARMS_TRAFFICKING")
                .get(AGENCIES)
                .then()
                .statusCode(200)
                .body("items.state", everyItem(equalTo("NE")))
                .body("items.code", hasItems("NE-POLICE", "NE-GENDARMERIE", "NE-CUSTOMS"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("type", "FIU")
                .get(AGENCIES)
                .then()
                .statusCode(200)
                .body("items.code", hasItems("BF-FIU", "ML-FIU", "MR-FIU", "NE-FIU", "TD-FIU"));
    }

    /** What the cases service relies on to accept a request's recipients: partners resolve, unknown codes do not. */
    @Test
    void thePartnerOrganisationsResolveAsActiveAgenciesOfTypePartnerAndUnknownCodesDoNot() {
        for (String partner : List.of("INTERPOL-GS", "UNODC-ROSEN", "UNOWAS-EWC")) {
            given().auth()
                    .oauth2(Users.ML_INVESTIGATOR)
                    .get(AGENCIES + "/" + partner)
                    .then()
                    .statusCode(200)
                    .body("type", equalTo("PARTNER"))
                    .body("status", equalTo("ACTIVE"))
                    .body("state", equalTo(partner.substring(0, partner.indexOf('-'))));
        }
        given().auth()
                .oauth2(Users.INTERPOL)
                .queryParam("type", "PARTNER")
                .get(AGENCIES)
                .then()
                .statusCode(200)
                .body("items.code", hasItems("INTERPOL-GS", "UNODC-ROSEN", "UNOWAS-EWC"));
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(AGENCIES + "/ML-CTX")
                .then()
                .statusCode(404);
    }

    @Test
    void pagesAreStableAndBounded() {
        List<String> first = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("limit", 10)
                .get(AGENCIES)
                .then()
                .statusCode(200)
                .body("next", notNullValue())
                .extract()
                .path("items.code");
        String next = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("limit", 10)
                .get(AGENCIES)
                .then()
                .extract()
                .path("next");
        List<String> second = given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("limit", 10)
                .queryParam("cursor", next)
                .get(AGENCIES)
                .then()
                .statusCode(200)
                .extract()
                .path("items.code");
        assertThat(first).hasSize(10).isSorted();
        assertThat(second).hasSize(10).isSorted().doesNotContainAnyElementsOf(first);
        assertThat(second.get(0)).isGreaterThan(first.get(9));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("limit", 1000)
                .get(AGENCIES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth()
                .oauth2(Users.ML_INVESTIGATOR)
                .queryParam("cursor", "%%%")
                .get(AGENCIES)
                .then()
                .statusCode(400);
    }

    @Test
    void aCoordinatorCreatesAnAgencyOfItsStateAndTheEventIsPublished() throws Exception {
        String code = "NE-" + suffix();
        try (Connection connection = RabbitTestResource.factory().newConnection("agency-test");
                Channel channel = connection.createChannel()) {
            String probe = channel.queueDeclare().getQueue();
            channel.queueBind(probe, RabbitTestResource.EXCHANGE, "directory.agency.*");

            given().auth()
                    .oauth2(Users.NE_COORDINATOR)
                    .contentType(ContentType.JSON)
                    .body(agency(code, "NE"))
                    .post(AGENCIES)
                    .then()
                    .statusCode(201)
                    .header("Location", endsWith("/api/directory/v1/agencies/" + code))
                    .header("ETag", notNullValue())
                    .body("code", equalTo(code))
                    .body("status", equalTo("ACTIVE"));

            AtomicReference<GetResponse> message = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                message.set(channel.basicGet(probe, true));
                return message.get() != null;
            });
            JsonNode event = new ObjectMapper().readTree(message.get().getBody());
            assertThat(message.get().getEnvelope().getRoutingKey()).isEqualTo("directory.agency.created");
            assertThat(event.get("type").asText()).isEqualTo("pcms.directory.agency.created.v1");
            assertThat(event.get("source").asText()).isEqualTo("/pcms/directory");
            assertThat(event.get("ownerstate").asText()).isEqualTo("NE");
            assertThat(event.get("data").get("code").asText()).isEqualTo(code);
        }
    }

    @Test
    void aCoordinatorCannotTouchAnotherStatesAgencies() {
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(agency("ML-" + suffix(), "ML"))
                .post(AGENCIES)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String etag = given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .get(AGENCIES + "/ML-OCS-X")
                .then()
                .extract()
                .header("ETag");
        assertThat(etag).isNull();
        String mlEtag = given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .get(AGENCIES + "/ML-POLICE")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", mlEtag)
                .contentType(ContentType.JSON)
                .body(agency("ML-POLICE", "ML"))
                .put(AGENCIES + "/ML-POLICE")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/forbidden"));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .post(AGENCIES + "/ML-POLICE/deactivate")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.G5_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(agency("NE-" + suffix(), "NE"))
                .post(AGENCIES)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .contentType(ContentType.JSON)
                .body(agency("NE-" + suffix(), "NE"))
                .post(AGENCIES)
                .then()
                .statusCode(403);
    }

    @Test
    void administratorsMaintainReferenceData() {
        String code = "TD-" + suffix();
        given().auth()
                .oauth2(Users.PLATFORM_ADMIN)
                .contentType(ContentType.JSON)
                .body(agency(code, "TD"))
                .post(AGENCIES)
                .then()
                .statusCode(201);
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        String code = "NE-" + suffix();
        String etag = given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(agency(code, "NE"))
                .post(AGENCIES)
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        String path = AGENCIES + "/" + code;
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(agency(code, "NE"))
                .put(path)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", "\"999\"")
                .contentType(ContentType.JSON)
                .body(agency(code, "NE"))
                .put(path)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(agency(code, "NE").replace("Brigade", "Brigade mobile"))
                .put(path)
                .then()
                .statusCode(200)
                .body("nameFr", equalTo("Brigade mobile des armes " + code));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(agency(code, "NE"))
                .put(path)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .post(path + "/deactivate")
                .then()
                .statusCode(200)
                .body("status", equalTo("INACTIVE"));
    }

    @Test
    void invalidAgenciesAreRefusedFieldByField() {
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(
                        "{\"code\":\"ne ocrtis\",\"state\":\"NE\",\"nameFr\":\"\",\"type\":\"POLICE\",\"deskEmail\":\"no\"}")
                .post(AGENCIES)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("code", "nameFr", "deskEmail"))
                .body("errors.message", everyItem(notNullValue()));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(agency("ML-" + suffix(), "NE"))
                .post(AGENCIES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));
        given().auth()
                .oauth2(Users.NE_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(agency("NE-OCRTIS", "NE"))
                .post(AGENCIES)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://pcms.g5sahel.org/problems/conflict"));
    }

    @Test
    void unknownAgencyIsNotFound() {
        given().auth()
                .oauth2(Users.NE_INVESTIGATOR)
                .get(AGENCIES + "/XX-NOPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", notNullValue())
                .body("trace", nullValue());
    }

    static String agency(String code, String state) {
        return "{\"code\":\"" + code + "\",\"state\":\"" + state + "\",\"nameFr\":\"Brigade des armes " + code
                + "\",\"type\":\"POLICE\",\"competences\":[\"FIREARMS_TRAFFICKING\"],\"deskPhone\":\"+227 20 72 00 00\","
                + "\"deskHours\":\"24/7\"}";
    }

    static String suffix() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace("-", "");
    }
}
