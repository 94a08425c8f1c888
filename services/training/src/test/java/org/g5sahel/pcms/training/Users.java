package org.g5sahel.pcms.training;

import org.g5sahel.pcms.commons.testing.TestTokens;

/** Tokens of the demo personas used across the training tests. */
public final class Users {
    public static final String NE_TRAINING = TestTokens.forUser("ne-training", "NE-UNC", "training-manager");
    public static final String ML_TRAINING = TestTokens.forUser("ml-training", "ML-UNC", "training-manager");
    public static final String NE_COORDINATOR = TestTokens.forUser("ne-coordinator", "NE-UNC", "national-coordinator");
    public static final String ML_COORDINATOR = TestTokens.forUser("ml-coordinator", "ML-UNC", "national-coordinator");
    public static final String BF_COORDINATOR = TestTokens.forUser("bf-coordinator", "BF-UNC", "national-coordinator");
    public static final String TD_COORDINATOR = TestTokens.forUser("td-coordinator", "TD-UNC", "national-coordinator");
    public static final String NE_INVESTIGATOR = TestTokens.forUser("ne-investigator", "NE-OCRTIS", "investigator");
    public static final String ML_INVESTIGATOR = TestTokens.forUser("ml-investigator", "ML-CT", "investigator");
    public static final String G5_COORDINATOR = TestTokens.forUser("g5-coordinator", "G5-URC", "regional-coordinator");
    public static final String INTERPOL = TestTokens.forUser("interpol-connector", "INTERPOL-GS", "partner-system");

    private Users() {}
}
