package org.g5sahel.pcms.firearms.model;

/** Why a trace request goes to the State it is addressed to. */
public enum AddresseeBasis {
    MANUFACTURE,
    LAST_IMPORT
}
