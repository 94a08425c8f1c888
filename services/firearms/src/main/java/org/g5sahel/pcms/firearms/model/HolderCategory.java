package org.g5sahel.pcms.firearms.model;

/** Who lawfully holds the firearm: a State stockpile, a civilian licence holder, or nobody known. */
public enum HolderCategory {
    STATE_ARMY,
    STATE_POLICE,
    STATE_GENDARMERIE,
    CIVILIAN_LICENCE,
    UNKNOWN
}
