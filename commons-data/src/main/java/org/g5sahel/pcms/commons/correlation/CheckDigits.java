package org.g5sahel.pcms.commons.correlation;

import java.math.BigInteger;

/**
 * Identifiers that carry their own check: container numbers (ISO 6346), IMO ship numbers and IBANs (ISO 13616). A
 * number whose check fails is a typing error: refused at entry where it is the record's key (a watch-listed container),
 * never keyed for matching.
 */
public final class CheckDigits {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private CheckDigits() {}

    /** Whether {@code number} (spaces and dashes ignored) is an ISO 6346 container number with a valid check digit. */
    public static boolean isContainerNumber(String number) {
        String compact = IdentifierKeys.alphanumeric(number);
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
            int value = Character.isDigit(c) ? c - '0' : letterValue(c);
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
    public static boolean isImoNumber(String number) {
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
        String compact = IdentifierKeys.alphanumeric(number);
        if (compact.startsWith("IMO")) {
            compact = compact.substring(3);
        }
        return compact.matches("^[0-9]{7}$") ? compact : null;
    }

    /**
     * Whether {@code number} (spaces ignored, any case) is an IBAN: a country code, two check digits and up to 30
     * letters or digits, whose number read with the first four characters moved to the end (letters worth 10 to 35) is
     * 1 modulo 97 (ISO 13616, ISO 7064 MOD 97-10). The member States' banks (UEMOA, Mauritania, Chad's CEMAC) issue
     * them.
     */
    public static boolean isIban(String number) {
        String compact = IdentifierKeys.alphanumeric(number);
        if (!compact.matches("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
