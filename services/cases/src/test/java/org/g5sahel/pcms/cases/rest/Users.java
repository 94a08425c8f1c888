package org.g5sahel.pcms.cases.rest;

import org.g5sahel.pcms.commons.testing.TestTokens;

/** The callers of the sovereignty matrix, as the demo realm defines them. */
final class Users {
    static final String ML_INVESTIGATOR = TestTokens.forUser("ml-investigator", "ML-CT", "investigator");
    static final String ML_ANALYST = TestTokens.forUser("ml-analyst", "ML-POLICE", "analyst");
    static final String ML_COORDINATOR = TestTokens.forUser("ml-coordinator", "ML-UNC", "national-coordinator");
    static final String NE_INVESTIGATOR = TestTokens.forUser("ne-investigator", "NE-OCRTIS", "investigator");
    static final String NE_COORDINATOR = TestTokens.forUser("ne-coordinator", "NE-UNC", "national-coordinator");
    static final String BF_INVESTIGATOR = TestTokens.forUser("bf-investigator", "BF-CT", "investigator");
    static final String G5_COORDINATOR = TestTokens.forUser("g5-coordinator", "G5-URC", "regional-coordinator");
    static final String INTERPOL = TestTokens.forUser("interpol-connector", "INTERPOL-GS", "partner-system");
    static final String UNODC = TestTokens.forUser("unodc-connector", "UNODC-ROSEN", "partner-system");
    static final String AUDITOR = TestTokens.forUser("g5-auditor", "G5-URC", "auditor");

    private Users() {}
}
