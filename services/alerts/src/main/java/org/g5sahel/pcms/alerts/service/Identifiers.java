package org.g5sahel.pcms.alerts.service;

import org.g5sahel.pcms.commons.text.Lookalikes;

/**
 * Normalisation and check digits of the strong identifiers of watch lists: container numbers (ISO 6346), IMO ship
 * numbers, document numbers and plates. A number with a wrong check digit is a typing error, refused at entry.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * Upper case letters and digits only: {@code "ab-123 45"} → {@code "AB12345"}; letters of other scripts drawn like
     * Latin ones are read as Latin ({@code "АВ12345"} in Cyrillic too), format characters removed ({@link Lookalikes}).
     */
    public static String compact(String text) {
        return Lookalikes.foldToLatinIgnoringCase(text).replaceAll("[^A-Z0-9]", "");
    }

    /** Whether {@code number} (spaces and dashes ignored) is an ISO 6346 container number with a valid check digit. */
    public static boolean isValidContainerNumber(String number) {
        String compact = compact(number);
        if (!compact.matches("^[A-Z]{3}[UJZ][0-9]{7}$")) {
            return false;
        }
        return iso6346CheckDigit(compact.substring(0, 10)) == compact.charAt(10) - '0';
    }

    /**
     * ISO 6346: letters are worth 10 upwards skipping the multiples of 11 (A=10, B=12 … K=21, L=23 …), digits their
     * value; each of the ten characters is weighted 2^position; the sum modulo 11, then modulo 10, is the check digit.
     */
    static int iso6346CheckDigit(String firstTen) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = firstTen.charAt(i);
            int value;
            if (Character.isDigit(c)) {
                value = c - '0';
            } else {
                value = letterValue(c);
            }
            sum += value << i;
        }
        return sum % 11 % 10;
    }

    private static int letterValue(char letter) {
        int value = 10;
        for (char c = 'A'; c < letter; c++) {
            value++;
            if (value % 11 == 0) {
                value++;
            }
        }
        return value;
    }

    /** Whether {@code number} ({@code "IMO 9074729"} or {@code "9074729"}) is an IMO ship number with a valid check digit. */
    public static boolean isValidImoNumber(String number) {
        String digits = imoDigits(number);
        if (digits == null) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10 == digits.charAt(6) - '0';
    }

    /** The seven digits of an IMO number, or null. */
    public static String imoDigits(String number) {
        String compact = compact(number);
        if (compact.startsWith("IMO")) {
            compact = compact.substring(3);
        }
        return compact.matches("^[0-9]{7}$") ? compact : null;
    }
}
