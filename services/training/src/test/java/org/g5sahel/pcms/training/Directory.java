package org.g5sahel.pcms.training;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.g5sahel.pcms.commons.identity.AgencyCode;

/** Adds officers to the test directory ({@link DirectoryTestResource}) as national coordinators would. */
public final class Directory {

    private Directory() {}

    public static String url() {
        return ConfigProvider.getConfig().getValue("pcms.training.directory-url", String.class);
    }

    /** A new active officer of {@code agencyCode}, visible to every G5 member; returns the contact id. */
    public static String officer(String agencyCode, String fullName) {
        return officer(agencyCode, fullName, "G5", true);
    }

    public static String officer(String agencyCode, String fullName, String distribution, boolean active) {
        String id = UUID.randomUUID().toString();
        String state = AgencyCode.stateOf(agencyCode);
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"agencyCode\":\"" + agencyCode + "\",\"fullName\":\"" + fullName + "\","
                        + "\"rank\":\"Commissaire\",\"function\":\"Enquêteur\",\"languages\":[\"fr\"],\"phones\":[],"
                        + "\"secureEmail\":null,\"availability\":null,\"competences\":[],\"liaisonOfficer\":false,"
                        + "\"active\":" + active + ",\"sharing\":{\"ownerState\":\"" + state + "\",\"ownerAgency\":\""
                        + state + "-UNC\",\"distribution\":\"" + distribution + "\",\"sharedWith\":[],"
                        + "\"handlingCode\":\"H0\",\"evaluation\":\"X4\",\"discoverable\":true},\"version\":0}")
                .put(url() + "/contacts/" + id)
                .then()
                .statusCode(204);
        return id;
    }

    /** The Authorization header the directory last received from training. */
    public static String lastAuthorization() {
        return given().get(url() + "/last-authorization")
                .then()
                .statusCode(200)
                .extract()
                .path("authorization");
    }
}
