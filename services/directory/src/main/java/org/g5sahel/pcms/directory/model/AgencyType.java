package org.g5sahel.pcms.directory.model;

/** The kinds of agencies the platform connects. */
public enum AgencyType {
    NATIONAL_UNIT,
    REGIONAL_UNIT,
    COUNTER_TERRORISM,
    ORGANISED_CRIME,
    DRUG_CONTROL,
    POLICE,
    GENDARMERIE,
    INTERPOL_NCB,
    CUSTOMS,
    FIU,
    JUDICIARY,
    AIRPORT_TASK_FORCE,
    PORT_CONTROL_UNIT,
    MILITARY,
    PARTNER,
    OTHER
}
