package org.g5sahel.pcms.aml.model;

/** A listed natural person or a listed entity. */
public enum EntryKind {
    INDIVIDUAL,
    ENTITY
}
