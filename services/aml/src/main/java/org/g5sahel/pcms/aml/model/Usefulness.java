package org.g5sahel.pcms.aml.model;

/** The requesting FIU's feedback on the reply. */
public enum Usefulness {
    HIGH,
    MEDIUM,
    LOW,
    NONE
}
