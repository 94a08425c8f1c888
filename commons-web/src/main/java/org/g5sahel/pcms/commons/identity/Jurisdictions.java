package org.g5sahel.pcms.commons.identity;

import java.util.Set;

/** The jurisdictions a caller or a record can belong to: the five States, the regional unit and the partners. */
public final class Jurisdictions {

    /** The member States of the G5 Sahel, by ISO 3166-1 alpha-2 code. */
    public static final Set<String> MEMBER_STATES = Set.of("BF", "ML", "MR", "NE", "TD");

    /** The regional coordination unit (Nouakchott). */
    public static final String REGIONAL_UNIT = "G5";

    /** Partner organisations connected to the platform. */
    public static final Set<String> PARTNERS = Set.of("INTERPOL", "UNODC", "UNOWAS");

    private Jurisdictions() {
    }

    /** Whether {@code code} may own records: a member State or the regional unit. */
    public static boolean isOwner(String code) {
        return MEMBER_STATES.contains(code) || REGIONAL_UNIT.equals(code);
    }

    public static boolean isPartner(String code) {
        return PARTNERS.contains(code);
    }

    public static boolean isKnown(String code) {
        return isOwner(code) || isPartner(code);
    }
}
