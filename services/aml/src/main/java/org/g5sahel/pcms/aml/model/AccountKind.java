package org.g5sahel.pcms.aml.model;

/** Where money is held: a bank account or a mobile-money wallet (Orange Money, Moov Money, Airtel Money, Wari). */
public enum AccountKind {
    BANK,
    MOBILE_MONEY
}
