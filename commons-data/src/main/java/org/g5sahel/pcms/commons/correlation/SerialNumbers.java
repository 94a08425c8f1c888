package org.g5sahel.pcms.commons.correlation;

import java.text.Normalizer;
import org.g5sahel.pcms.commons.text.Lookalikes;

/**
 * Serial numbers as officers read them off a weapon, in the forms that are stored and compared wherever a firearm is
 * recorded (the firearms registry, a case's seized firearm):
 * <ul>
 * <li><b>normalised</b>: upper case, accents removed, letters of other scripts that look Latin written as Latin
 * (Soviet-pattern weapons are marked in Cyrillic, and officers type what they see; a Greek Omicron or a fullwidth
 * letter is no other serial either: {@link Lookalikes#foldToLatin}, Unicode TR39 confusables), every separator
 * (space, dash, dot, slash…) and invisible format character (zero-width space, bidirectional control…) removed. Digits
 * and Latin letters are kept apart: {@code K0-1158} and {@code KO-1158} are two serials;</li>
 * <li><b>folded</b>: the normalised form with look-alike characters merged (O→0, I→1, L→1, Z→2, S→5, B→8), for
 * serials read off worn or badly photographed markings and typed by hand ({@code KO-1I58 3S} is {@code K0-1158 35}).
 * A false match costs the owner a look, a missed one a stolen firearm.</li>
 * </ul>
 */
public final class SerialNumbers {

    private SerialNumbers() {}

    /** The normalised form; empty when nothing of a serial is left. */
    public static String normalise(String asMarked) {
        return normaliseKeeping(asMarked, "");
    }

    /**
     * The normalised form, keeping the characters of {@code alsoKept} where they stand (a search's wildcards).
     * Null gives "".
     */
    public static String normaliseKeeping(String text, String alsoKept) {
        if (text == null) {
            return "";
        }
        String upper = Normalizer.normalize(Lookalikes.foldToLatinIgnoringCase(text), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (Character.isLetterOrDigit(c) || alsoKept.indexOf(c) >= 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** O→0, I→1, L→1, Z→2, S→5, B→8 on a normalised serial or pattern (firearms' migration V3 folds stored ones alike). */
    public static String fold(String normalised) {
        return normalised
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1')
                .replace('Z', '2')
                .replace('S', '5')
                .replace('B', '8');
    }
}
