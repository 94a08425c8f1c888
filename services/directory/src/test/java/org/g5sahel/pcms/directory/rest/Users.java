package org.g5sahel.pcms.directory.rest;

import org.g5sahel.pcms.commons.testing.TestTokens;

/** Tokens of the demo personas used across the directory tests. */
final class Users {
    static final String NE_COORDINATOR = TestTokens.forUser("ne-coordinator", "NE-UNC", "national-coordinator");
    static final String NE_INVESTIGATOR = TestTokens.forUser("ne-investigator", "NE-OCRTIS", "investigator");
    static final String ML_COORDINATOR = TestTokens.forUser("ml-coordinator", "ML-UNC", "national-coordinator");
    static final String ML_INVESTIGATOR = TestTokens.forUser("ml-investigator", "ML-CT", "investigator");
    static final String G5_COORDINATOR = TestTokens.forUser("g5-coordinator", "G5-URC", "regional-coordinator");
    static final String PLATFORM_ADMIN = TestTokens.forUser("platform-admin", "G5-OPS", "pcms-admin");
    static final String INTERPOL = TestTokens.forUser("interpol-connector", "INTERPOL-GS", "partner-system");

    private Users() {}
}
