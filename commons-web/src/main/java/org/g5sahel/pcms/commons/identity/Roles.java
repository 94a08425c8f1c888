package org.g5sahel.pcms.commons.identity;

/** Realm roles of DESIGN §4, as constants usable in {@code @RolesAllowed}. */
public final class Roles {
    public static final String PCMS_ADMIN = "pcms-admin";
    public static final String REGIONAL_COORDINATOR = "regional-coordinator";
    public static final String NATIONAL_COORDINATOR = "national-coordinator";
    public static final String INVESTIGATOR = "investigator";
    public static final String ANALYST = "analyst";
    public static final String BORDER_OFFICER = "border-officer";
    public static final String FIU_ANALYST = "fiu-analyst";
    public static final String FIREARMS_OFFICER = "firearms-officer";
    public static final String TRAINING_MANAGER = "training-manager";
    public static final String PARTNER_SYSTEM = "partner-system";
    public static final String AUDITOR = "auditor";

    private Roles() {}
}
