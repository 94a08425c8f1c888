package org.g5sahel.pcms.cases.model;

public enum SubjectKind {
    PERSON,
    ORGANISATION,
    VEHICLE,
    PHONE,
    ACCOUNT,
    FIREARM,
    PLACE
}
