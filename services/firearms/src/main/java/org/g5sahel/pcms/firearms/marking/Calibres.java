package org.g5sahel.pcms.firearms.marking;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Calibres are kept as given (an unusual notation is information, never an error) and compared through a key in which
 * the common spellings of one calibre meet: {@code 7,62 × 39 mm}, {@code 7.62x39} and {@code 7.62X39MM} all give
 * {@code 7.62X39}; {@code 12 gauge} and {@code 12ga} give {@code 12GA}.
 */
public final class Calibres {

    private Calibres() {}

    /** The comparison key, or null for a blank calibre. */
    public static String key(String calibre) {
        if (calibre == null || calibre.isBlank()) {
            return null;
        }
        String key = Normalizer.normalize(calibre, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toUpperCase(Locale.ROOT)
                .replace('×', 'X')
                .replaceAll("(\\d),(\\d)", "$1.$2")
                .replaceAll("[\\s\\-]+", "")
                .replace("GAUGE", "GA")
                .replaceAll("(?<=\\d)MM", "");
        return key.isEmpty() ? calibre.strip() : key;
    }
}
