package org.g5sahel.pcms.matching;

import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A name as written, cut into words that can be compared: format characters removed, look-alike letters read as the
 * Latin letters they imitate, other scripts than Latin and Arabic transliterated, accents and case removed.
 * <ul>
 * <li><b>Look-alikes.</b> A word that mixes Latin letters with cased letters of another script drawn like Latin ones
 * (Cyrillic {@code о} in {@code Оsama}, Greek {@code Α}, fullwidth {@code Ｋ}) is read with each such letter replaced
 * by the ASCII letter that Unicode TR39 confusables (ICU {@link SpoofChecker}) draws the same: someone typed a Latin
 * name, perhaps to slip past screening. A word wholly in another script (Cyrillic {@code Александр}) is a name written
 * in that script and is transliterated instead ({@code aleksandr}).</li>
 * <li><b>Arabic script</b> is kept as it is (see {@link Sound#ofArabic}): its letters say more than a transliteration
 * would (ث, ذ, ظ are three sounds that Latin spellings render as t, s, z, th, dh…).</li>
 * <li><b>Word breaks.</b> Spaces, hyphens, dots and commas separate words; apostrophes and the signs of ʿayn and hamza
 * ({@code Sa'id}, {@code Mus’ab}, {@code ʿUmar}) do not, and disappear.</li>
 * </ul>
 */
final class NameText {

    /** The kinds of writing a word can be in, after this class has read it. */
    enum Script {
        LATIN,
        ARABIC
    }

    /** One word: as written, and its comparable form (lower-case ASCII, or Arabic letters without vowel marks). */
    record Word(String written, String text, Script script) {}

    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Map<String, List<Character>> ASCII_BY_SKELETON = asciiLettersBySkeleton();
    private static final Map<Integer, Integer> LOOKALIKE = new ConcurrentHashMap<>();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LOWER_ASCII = Pattern.compile("[^a-z0-9]");

    private NameText() {}

    /** The words of a name; an empty list for null or a name without letters. */
    static List<Word> words(String name) {
        List<Word> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i <= text.length()) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.getType(cp) == Character.FORMAT || isInnerMark(cp)) {
                // Zero-width characters, Arabic letter marks, apostrophes of ʿayn and hamza: part of the word.
            } else if (Character.isLetterOrDigit(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                current.appendCodePoint(cp);
            } else if (current.length() > 0) {
                add(current.toString(), words);
                current.setLength(0);
            }
            i += Character.charCount(cp);
        }
        return words;
    }

    private static boolean isInnerMark(int cp) {
        return cp == '\''
                || cp == '’'
                || cp == '‘'
                || cp == 'ʿ'
                || cp == 'ʾ'
                || cp == 'ʻ'
                || cp == 'ʼ'
                || cp == '`'
                || cp == '´'
                || cp == 'ـ'; // the last one is the Arabic tatweel, a stretching stroke
    }

    private static void add(String written, List<Word> words) {
        if (isArabic(written)) {
            String arabic = arabicLetters(written);
            if (!arabic.isEmpty()) {
                words.add(new Word(written, arabic, Script.ARABIC));
            }
            return;
        }
        String folded;
        if (isPlainAscii(written)) {
            // What every step below leaves as it is, but for the case: most names as lists and forms write them.
            folded = written.toLowerCase(Locale.ROOT);
        } else {
            // A letter left without a Latin twin in a mixed word is transliterated like the rest of its script.
            String latin = TO_LATIN.transliterate(hasLatin(written) ? foldLookalikes(latinLetters(written)) : written);
            folded = NOT_LOWER_ASCII
                    .matcher(MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFKD))
                            .replaceAll("")
                            .toLowerCase(Locale.ROOT))
                    .replaceAll("");
        }
        if (!folded.isEmpty()) {
            words.add(new Word(written, folded, Script.LATIN));
        }
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * An identifier (document number) as compared: every letter drawn like a Latin one read as that letter, even in
     * a word without Latin letters ({@code АВ123456} typed in Cyrillic is {@code AB123456}), then letters and digits
     * only, upper case.
     */
    static String identifier(String text) {
        String folded = Normalizer.normalize(
                        foldLookalikes(Normalizer.normalize(text, Normalizer.Form.NFKC)), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        return folded.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static boolean isArabic(String text) {
        return text.codePoints()
                .anyMatch(cp ->
                        Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC && Character.isLetter(cp));
    }

    /** Arabic letters only: vowel marks (harakat), shadda, tatweel and digits of other scripts dropped. */
    private static String arabicLetters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        word.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Latin letters whose sound the plain ASCII letter would lose, written as the letters that keep it: ç (Fayçal) s,
     * Turkish ş and Romanian ș sh, ţ ts, Turkish ğ (silent) nothing, dotless ı i, Slavic č ch, š sh, ž zh, Polish ł w
     * is left to l (the spelling most records use).
     */
    private static String latinLetters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'ç', 'Ç' -> out.append(Character.isUpperCase(c) ? "S" : "s");
                case 'ş', 'Ş', 'ș', 'Ș', 'š', 'Š' -> out.append(Character.isUpperCase(c) ? "SH" : "sh");
                case 'č', 'Č' -> out.append(Character.isUpperCase(c) ? "CH" : "ch");
                case 'ž', 'Ž' -> out.append(Character.isUpperCase(c) ? "ZH" : "zh");
                case 'ţ', 'Ţ', 'ț', 'Ț' -> out.append(Character.isUpperCase(c) ? "TS" : "ts");
                case 'ğ', 'Ğ' -> {}
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasLatin(String word) {
        return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /** Each cased non-Latin letter that TR39 draws like one ASCII letter written as that letter; others kept. */
    private static String foldLookalikes(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(upper.length());
        upper.codePoints().map(NameText::lookalike).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static int lookalike(int cp) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
                || !(Character.isUpperCase(cp) || Character.isLowerCase(cp))) {
            return cp;
        }
        return LOOKALIKE.computeIfAbsent(cp, c -> {
            List<Character> ascii = ASCII_BY_SKELETON.get(CONFUSABLES.getSkeleton(new String(Character.toChars(c))));
            return ascii == null ? c : ascii.get(0);
        });
    }

    private static Map<String, List<Character>> asciiLettersBySkeleton() {
        Map<String, List<Character>> bySkeleton = new HashMap<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            bySkeleton
                    .computeIfAbsent(CONFUSABLES.getSkeleton(String.valueOf(letter)), k -> new ArrayList<>())
                    .add(letter);
        }
        for (char letter = 'a'; letter <= 'z'; letter++) {
            bySkeleton
                    .computeIfAbsent(CONFUSABLES.getSkeleton(String.valueOf(letter)), k -> new ArrayList<>())
                    .add(Character.toUpperCase(letter));
        }
        return Map.copyOf(bySkeleton);
    }
}
