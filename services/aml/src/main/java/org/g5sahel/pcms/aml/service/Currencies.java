package org.g5sahel.pcms.aml.service;

import java.util.Currency;
import java.util.Set;

/** ISO 4217 currency codes of money actually moved (XOF, XAF, MRU, USD, EUR …), not funds or test codes. */
public final class Currencies {

    /** Codes ISO 4217 lists that do not denote money a transaction can be made in. */
    private static final Set<String> NOT_MONEY =
            Set.of("XXX", "XTS", "XDR", "XAU", "XAG", "XPT", "XPD", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA");

    private Currencies() {}

    public static boolean isKnown(String code) {
        if (code == null || !code.matches("^[A-Z]{3}$") || NOT_MONEY.contains(code)) {
            return false;
        }
        return Currency.getAvailableCurrencies().stream()
                .anyMatch(currency -> currency.getCurrencyCode().equals(code));
    }
}
