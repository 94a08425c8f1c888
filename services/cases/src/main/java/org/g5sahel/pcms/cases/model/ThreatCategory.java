package org.g5sahel.pcms.cases.model;

/** The crimes the platform follows along the whole criminal chain. */
public enum ThreatCategory {
    TERRORISM,
    TERRORIST_FINANCING,
    DRUG_TRAFFICKING,
    FIREARMS_TRAFFICKING,
    TRAFFICKING_IN_PERSONS,
    MIGRANT_SMUGGLING,
    MONEY_LAUNDERING,
    KIDNAPPING_FOR_RANSOM,
    SMUGGLING_OF_GOODS,
    CATTLE_RUSTLING,
    CYBERCRIME,
    OTHER_SERIOUS_CRIME
}
