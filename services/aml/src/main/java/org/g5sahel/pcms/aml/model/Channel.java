package org.g5sahel.pcms.aml.model;

/** How the money moved. Hawala and other informal value transfer systems are named apart because they leave no bank trail. */
public enum Channel {
    CASH,
    WIRE,
    MOBILE_MONEY,
    HAWALA,
    CHEQUE,
    CARD,
    OTHER
}
