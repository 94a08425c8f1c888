package org.g5sahel.pcms.commons.sovereignty;

/** Who may see a record besides its owning agency (DESIGN §2). Ordered from narrowest to widest. */
public enum Distribution {
    /** The owning agency only. */
    AGENCY,
    /** Every agency of the owning State. */
    NATIONAL,
    /** The owning State plus the States, agencies and partners listed in {@code sharedWith}. */
    SELECTED,
    /** Every agency of the five States and the regional unit. */
    G5,
    /** G5 plus the partners listed in {@code sharedWith}, or every partner when it lists none. */
    PARTNERS
}
