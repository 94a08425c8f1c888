package org.g5sahel.pcms.aml.model;

/** What is frozen, seized or confiscated. */
public enum AssetKind {
    BANK_ACCOUNT,
    MOBILE_MONEY_WALLET,
    CASH,
    REAL_ESTATE,
    VEHICLE,
    LIVESTOCK,
    GOLD_AND_PRECIOUS_METALS,
    COMPANY_SHARES,
    OTHER
}
