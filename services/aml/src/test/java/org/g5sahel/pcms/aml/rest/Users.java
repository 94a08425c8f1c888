package org.g5sahel.pcms.aml.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.g5sahel.pcms.commons.testing.TestTokens;

/** Tokens of the demo personas, and the shared UN list import (once per JVM is enough: it is idempotent). */
final class Users {
    static final String ML_FIU = TestTokens.forUser("ml-fiu", "ML-FIU", "fiu-analyst");
    static final String NE_FIU = TestTokens.forUser("ne-fiu", "NE-FIU", "fiu-analyst");
    static final String BF_FIU = TestTokens.forUser("bf-fiu", "BF-FIU", "fiu-analyst");
    static final String ML_INVESTIGATOR = TestTokens.forUser("ml-investigator", "ML-CT", "investigator");
    static final String ML_ANALYST = TestTokens.forUser("ml-analyst", "ML-POLICE", "analyst");
    static final String ML_COORDINATOR = TestTokens.forUser("ml-coordinator", "ML-UNC", "national-coordinator");
    static final String NE_BORDER = TestTokens.forUser("ne-border", "NE-POLICE", "border-officer");
    static final String G5_COORDINATOR = TestTokens.forUser("g5-coordinator", "G5-URC", "regional-coordinator");
    static final String G5_AUDITOR = TestTokens.forUser("g5-auditor", "G5-URC", "auditor");
    static final String INTERPOL = TestTokens.forUser("interpol-connector", "INTERPOL-GS", "partner-system");
    static final String PLATFORM_ADMIN = TestTokens.forUser("platform-admin", "G5-URC", "pcms-admin");

    static final String UN_LIST = "/sanctions/un-consolidated-2026-01-28.xml";

    private static boolean unImported;

    private Users() {}

    static byte[] resource(String path) {
        try (InputStream input = Users.class.getResourceAsStream(path)) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void ensureUnListImported() {
        if (!unImported) {
            given().auth()
                    .oauth2(G5_COORDINATOR)
                    .contentType(ContentType.XML)
                    .body(resource(UN_LIST))
                    .post("/api/aml/v1/sanctions-lists/un/imports")
                    .then()
                    .statusCode(201);
            unImported = true;
        }
    }
}
