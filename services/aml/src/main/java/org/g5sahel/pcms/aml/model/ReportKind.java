package org.g5sahel.pcms.aml.model;

/** Kinds of report received from reporting entities: suspicious transaction, suspicious activity, cash transaction above the legal threshold. */
public enum ReportKind {
    STR, SAR, CTR
}
