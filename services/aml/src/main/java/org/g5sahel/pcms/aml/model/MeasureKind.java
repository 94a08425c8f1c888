package org.g5sahel.pcms.aml.model;

/** Provisional (freeze, seizure) or final (confiscation) deprivation of assets. */
public enum MeasureKind {
    FREEZE,
    SEIZURE,
    CONFISCATION
}
