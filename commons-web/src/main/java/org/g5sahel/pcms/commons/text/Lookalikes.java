package org.g5sahel.pcms.commons.text;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text that looks the same but is not: invisible format characters and letters of other scripts drawn like Latin ones.
 * <ul>
 * <li>{@link #removeFormatCharacters}: every character of Unicode general category Cf (zero-width space, joiners,
 * word joiner, byte-order mark, soft hyphen, bidirectional controls, Arabic letter mark…). Applied on input to
 * identifiers, serials, makes, names and references (see {@link IdentifierText}), never to free text.</li>
 * <li>{@link #foldToLatin}: the comparison key of such a value, where each letter of another script that Unicode TR39
 * confusables (ICU's {@link SpoofChecker} skeleton) draws like one ASCII letter is written as that letter: Cyrillic
 * {@code К}, Greek {@code Κ}, fullwidth {@code Ｋ} and Cherokee {@code Ꮶ} all become {@code K}.</li>
 * </ul>
 * <b>Why not the skeleton of the whole text.</b> A TR39 skeleton also merges ASCII characters with each other: digits
 * with letters ({@code 0}/{@code O}, {@code 1}/{@code I}/{@code l}) and {@code m} with {@code rn}, so that
 * {@code K0-1158} and {@code KO-1I58} have the same skeleton. Those are different serials and documents unless the user
 * asks for a looser comparison (firearms' opt-in O/0, I/1, S/5, B/8 folding). So ASCII letters and every digit are kept
 * as they are, and only the other letters are folded, each to the ASCII letter sharing its skeleton (of the same case
 * when TR39 merges two: Greek {@code Ι} becomes {@code I}, not {@code l}).
 * <p>
 * Only cased letters (upper or lower case: Greek, Cyrillic, Armenian, Cherokee, Latin beyond ASCII…) are folded.
 * TR39 also draws uncased letters like Latin ones (Arabic {@code ه} like {@code o}, {@code ا} like {@code l}); folding
 * those would write Arabic names half in Latin, so Arabic and the other uncased scripts are left to the services' own
 * transliteration. Letters without a one-letter Latin look-alike (Cyrillic {@code Д}, {@code Ж}) stay as they are.
 * <p>
 * The keys are for comparison only: what an officer typed is stored as typed, minus its format characters.
 */
public final class Lookalikes {

    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    /** Skeleton → the ASCII letters that have it, upper case first. */
    private static final Map<String, List<Character>> ASCII_BY_SKELETON = asciiLettersBySkeleton();
    /** Code point → its ASCII look-alike, or itself; filled as letters are met. */
    private static final Map<Integer, Integer> FOLDED = new ConcurrentHashMap<>();

    private Lookalikes() {}

    /** {@code text} without its Cf characters; null stays null. */
    public static String removeFormatCharacters(String text) {
        if (text == null || text.codePoints().noneMatch(Lookalikes::isFormatCharacter)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isFormatCharacter(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The comparison key of {@code text}: format characters removed, compatibility forms decomposed (fullwidth
     * {@code Ｋ} is {@code K}), and each cased non-ASCII letter that TR39 draws like one ASCII letter written as that
     * letter. Accents are kept (recomposed): callers that ignore them remove them as before. Null gives "".
     */
    public static String foldToLatin(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(removeFormatCharacters(text), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().map(Lookalikes::latinLookalike).forEach(out::appendCodePoint);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The key of a case-insensitive comparison: {@link #foldToLatin} of the upper-case text, since a small letter may
     * have no Latin twin where its capital has one (Cyrillic {@code в}, {@code к}, {@code м} and {@code В}, {@code К},
     * {@code М}). Compatibility forms are decomposed first, so that the result is upper case ({@code ℓ} is {@code L}).
     * Null gives "".
     */
    public static String foldToLatinIgnoringCase(String text) {
        return text == null
                ? ""
                : foldToLatin(Normalizer.normalize(text, Normalizer.Form.NFKD).toUpperCase(Locale.ROOT));
    }

    private static boolean isFormatCharacter(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT;
    }

    private static int latinLookalike(int codePoint) {
        if (codePoint < 128 || !(Character.isUpperCase(codePoint) || Character.isLowerCase(codePoint))) {
            return codePoint;
        }
        return FOLDED.computeIfAbsent(codePoint, Lookalikes::asciiLetterDrawnLike);
    }

    private static int asciiLetterDrawnLike(int codePoint) {
        List<Character> candidates = ASCII_BY_SKELETON.get(skeleton(new String(Character.toChars(codePoint))));
        if (candidates == null) {
            return codePoint;
        }
        boolean upper = Character.isUpperCase(codePoint);
        return candidates.stream()
                .filter(c -> Character.isUpperCase(c) == upper)
                .findFirst()
                .orElse(candidates.get(0));
    }

    private static Map<String, List<Character>> asciiLettersBySkeleton() {
        Map<String, List<Character>> bySkeleton = new HashMap<>();
        for (String letters : List.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")) {
            for (char letter : letters.toCharArray()) {
                bySkeleton
                        .computeIfAbsent(skeleton(String.valueOf(letter)), key -> new ArrayList<>())
                        .add(letter);
            }
        }
        return Map.copyOf(bySkeleton);
    }

    private static String skeleton(String text) {
        return CONFUSABLES.getSkeleton(text);
    }
}
