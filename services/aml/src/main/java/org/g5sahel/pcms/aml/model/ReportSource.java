package org.g5sahel.pcms.aml.model;

/** How a report entered the registry. */
public enum ReportSource {
    MANUAL,
    GOAML
}
