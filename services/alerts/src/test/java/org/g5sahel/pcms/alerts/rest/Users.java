package org.g5sahel.pcms.alerts.rest;

import org.g5sahel.pcms.commons.testing.TestTokens;

/** Tokens of the demo personas used across the alerts tests. */
final class Users {
    static final String NE_INVESTIGATOR = TestTokens.forUser("ne-investigator", "NE-OCRTIS", "investigator");
    static final String NE_COORDINATOR = TestTokens.forUser("ne-coordinator", "NE-UNC", "national-coordinator");
    static final String NE_ANALYST = TestTokens.forUser("ne-analyst", "NE-POLICE", "analyst");
    static final String NE_BORDER = TestTokens.forUser("ne-border", "NE-POLICE", "border-officer");
    static final String ML_INVESTIGATOR = TestTokens.forUser("ml-investigator", "ML-CT", "investigator");
    static final String ML_COORDINATOR = TestTokens.forUser("ml-coordinator", "ML-UNC", "national-coordinator");
    static final String ML_BORDER = TestTokens.forUser("ml-border", "ML-POLICE", "border-officer");
    static final String BF_ANALYST = TestTokens.forUser("bf-analyst", "BF-POLICE", "analyst");
    static final String TD_ANALYST = TestTokens.forUser("td-analyst", "TD-POLICE", "analyst");
    static final String G5_COORDINATOR = TestTokens.forUser("g5-coordinator", "G5-URC", "regional-coordinator");
    static final String INTERPOL = TestTokens.forUser("interpol-connector", "INTERPOL-GS", "partner-system");
    /** A coordinator who also drafts: four-eyes must stop them approving their own alert. */
    static final String PLATFORM_ADMIN = TestTokens.forUser("platform-admin", "G5-OPS", "pcms-admin");

    static final String NE_COORDINATOR_2 = TestTokens.forUser("ne-coordinator-2", "NE-UNC", "national-coordinator");

    private Users() {}
}
