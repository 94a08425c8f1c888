package org.g5sahel.pcms.firearms.rest;

import org.g5sahel.pcms.commons.testing.TestTokens;

/** Tokens of the demo personas used across the firearms tests. */
final class Users {
    static final String BF_FIREARMS = TestTokens.forUser("bf-firearms", "BF-GENDARMERIE", "firearms-officer");
    static final String BF_INVESTIGATOR = TestTokens.forUser("bf-investigator", "BF-CT", "investigator");
    static final String BF_COORDINATOR = TestTokens.forUser("bf-coordinator", "BF-UNC", "national-coordinator");
    static final String BF_BORDER = TestTokens.forUser("bf-border", "BF-POLICE", "border-officer");
    static final String NE_FIREARMS = TestTokens.forUser("ne-firearms", "NE-GENDARMERIE", "firearms-officer");
    static final String NE_INVESTIGATOR = TestTokens.forUser("ne-investigator", "NE-OCRTIS", "investigator");
    static final String NE_COORDINATOR = TestTokens.forUser("ne-coordinator", "NE-UNC", "national-coordinator");
    static final String ML_FIREARMS = TestTokens.forUser("ml-firearms", "ML-GENDARMERIE", "firearms-officer");
    static final String ML_ANALYST = TestTokens.forUser("ml-analyst", "ML-POLICE", "analyst");
    static final String G5_COORDINATOR = TestTokens.forUser("g5-coordinator", "G5-URC", "regional-coordinator");
    static final String INTERPOL = TestTokens.forUser("interpol-connector", "INTERPOL-GS", "partner-system");
    static final String AUDITOR = TestTokens.forUser("g5-auditor", "G5-URC", "auditor");
    static final String TD_FIREARMS = TestTokens.forUser("td-firearms", "TD-GENDARMERIE", "firearms-officer");
    static final String BF_TRAINING = TestTokens.forUser("bf-training", "BF-UNC", "training-manager");

    private Users() {}
}
