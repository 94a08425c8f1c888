package org.g5sahel.pcms.aml.model;

/** A natural person or a legal entity. */
public enum SubjectKind {
    PERSON,
    ENTITY
}
