package org.g5sahel.pcms.directory.model;

/** Threat areas an agency or a contact handles: the key of routing. */
public enum Competence {
    TERRORISM,
    TERRORIST_FINANCING,
    DRUG_TRAFFICKING,
    FIREARMS_TRAFFICKING,
    TRAFFICKING_IN_PERSONS,
    MIGRANT_SMUGGLING,
    MONEY_LAUNDERING,
    KIDNAPPING,
    SMUGGLING,
    CATTLE_RUSTLING,
    CYBERCRIME,
    ORGANISED_CRIME,
    OTHER
}
