package org.g5sahel.pcms.aml.model;

/** How fast the requesting FIU needs an answer. */
public enum Urgency {
    ROUTINE,
    URGENT,
    VERY_URGENT
}
