package org.g5sahel.pcms.aml.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.g5sahel.pcms.commons.text.Lookalikes;

/**
 * Turns a name as written (Latin in French or English romanisation, or Arabic script) into comparable tokens.
 * <p>
 * Arabic names reach the FIUs of the Sahel spelled the French way ({@code Oumar Ould Mohamed}), the English way
 * ({@code Umar Walad Muhammad}) or in Arabic script. Each token gets a folded form (accents and case removed) for
 * string similarity, and a consonant skeleton for the phonetic comparison: vowels carry little information in
 * romanised Arabic ({@code Mohamed}, {@code Muhammad}, {@code محمد} → {@code mhmd}). Kinship particles (ould, ag, ben,
 * bin, ibn, bint, mint) and the article (al-, el-, ad-, …) are recognised and weigh little; {@code abou}/{@code abu}
 * and {@code abd}/{@code abdel}/{@code abdoul} are written in one canonical way because they are part of the name.
 */
public final class NameKey {

    /** Kinship and article words: kept, marked, weighed lightly. Canonical spelling for each. */
    private static final Map<String, String> PARTICLES = Map.ofEntries(
            Map.entry("ould", "bin"), Map.entry("uld", "bin"), Map.entry("wuld", "bin"), Map.entry("walad", "bin"),
            Map.entry("ag", "bin"), Map.entry("ben", "bin"), Map.entry("bin", "bin"), Map.entry("ibn", "bin"),
            Map.entry("ibnu", "bin"), Map.entry("bint", "bint"), Map.entry("mint", "bint"), Map.entry("bent", "bint"),
            Map.entry("al", "al"), Map.entry("el", "al"), Map.entry("ul", "al"), Map.entry("ad", "al"),
            Map.entry("ed", "al"), Map.entry("ar", "al"), Map.entry("er", "al"), Map.entry("as", "al"),
            Map.entry("es", "al"), Map.entry("ash", "al"), Map.entry("ech", "al"), Map.entry("at", "al"),
            Map.entry("et", "al"), Map.entry("az", "al"), Map.entry("ez", "al"), Map.entry("an", "al"),
            Map.entry("en", "al"), Map.entry("ud", "al"),
            Map.entry("ur", "al"), Map.entry("us", "al"), Map.entry("ut", "al"), Map.entry("uz", "al"));

    /** {@code abou}/{@code abu}/{@code abo}/{@code aboul}/{@code abul}: "father of", part of the name (kunya). */
    private static final Set<String> FATHER_OF = Set.of("abu", "abou", "abo", "aboul", "abul", "abol", "bou", "abi");

    /** Glued forms of "servant of" ({@code Abdelkader}, {@code Abdoulaye}, {@code Abdul}): split as abd + rest. */
    private static final List<String> ABD_PREFIXES = List.of("abdoul", "abdul", "abdel", "abdal", "abdil", "abdol",
            "abdul", "abd");

    /** Glued second halves of compound names and their separate spelling. */
    private static final Map<String, String> GLUED_SUFFIXES = Map.ofEntries(Map.entry("ullah", "allah"),
            Map.entry("oullah", "allah"), Map.entry("allah", "allah"), Map.entry("ollah", "allah"),
            Map.entry("ulla", "allah"), Map.entry("uddin", "din"), Map.entry("eddine", "din"),
            Map.entry("eddin", "din"), Map.entry("addin", "din"), Map.entry("uddeen", "din"), Map.entry("oddin", "din"),
            Map.entry("udin", "din"));

    /** Longest suffix first, so that {@code oullah} is tried before {@code ullah}. */
    private static final List<String> GLUED_SUFFIX_ORDER = GLUED_SUFFIXES.keySet().stream()
            .sorted(java.util.Comparator.comparing(String::length).reversed().thenComparing(s -> s)).toList();

    /** Words of entity names that identify nothing. */
    private static final Set<String> ENTITY_NOISE = Set.of("the", "of", "and", "for", "de", "la", "le", "les", "des",
            "du", "et", "company", "co", "ltd", "limited", "inc", "sa", "sarl", "llc", "corporation", "corp",
            "group", "groupe", "organization", "organisation");

    private static final Map<Character, String> ARABIC = Map.ofEntries(
            Map.entry('ب', "b"), Map.entry('ت', "t"), Map.entry('ث', "t"), Map.entry('ج', "j"), Map.entry('ح', "h"),
            Map.entry('خ', "k"), Map.entry('د', "d"), Map.entry('ذ', "d"), Map.entry('ر', "r"), Map.entry('ز', "z"),
            Map.entry('س', "s"), Map.entry('ش', "x"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"),
            Map.entry('ظ', "z"), Map.entry('غ', "k"), Map.entry('ف', "f"), Map.entry('ق', "k"), Map.entry('ك', "k"),
            Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ه', "h"), Map.entry('ة', "h"),
            Map.entry('و', "w"), Map.entry('ي', "y"), Map.entry('ى', ""), Map.entry('ا', ""), Map.entry('أ', ""),
            Map.entry('إ', ""), Map.entry('آ', ""), Map.entry('ء', ""), Map.entry('ئ', "y"), Map.entry('ؤ', "w"),
            Map.entry('ع', ""), Map.entry('پ', "b"), Map.entry('چ', "x"), Map.entry('ژ', "j"), Map.entry('گ', "k"),
            Map.entry('ک', "k"), Map.entry('ی', "y"));

    private NameKey() {
    }

    /** One token of a name. */
    public record Token(String written, String folded, String skeleton, Kind kind) {

        public double weight() {
            return switch (kind) {
                case NAME -> 1.0;
                case FATHER_OF -> 0.5;
                case PARTICLE, NOISE -> 0.2;
            };
        }
    }

    public enum Kind {
        NAME, FATHER_OF, PARTICLE, NOISE
    }

    public static List<Token> tokens(String name) {
        List<Token> tokens = new ArrayList<>();
        if (name == null) {
            return tokens;
        }
        // Apostrophes render ʿayn and hamza inside a word (Sa'd, Mus'ab): dropped, not word breaks. Format characters
        // (a zero-width space, an Arabic letter mark) break no word either, and letters of other scripts drawn like
        // Latin ones (Cyrillic, Greek) are read as Latin; Arabic is left to the transliteration below (Lookalikes).
        String decomposed = Normalizer.normalize(Lookalikes.foldToLatinIgnoringCase(name), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replaceAll("['’‘ʿʾ`´]", "").toLowerCase(Locale.ROOT);
        // Hyphens join particles to names (al-Qaida, Abd-al-Majid, Saif-al-Din): split on them.
        for (String raw : decomposed.split("[^\\p{L}\\p{N}]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (isArabicScript(raw)) {
                addArabic(raw, tokens);
            } else {
                addLatin(raw, tokens);
            }
        }
        return tokens;
    }

    private static void addLatin(String raw, List<Token> tokens) {
        if (PARTICLES.containsKey(raw)) {
            tokens.add(new Token(raw, PARTICLES.get(raw), PARTICLES.get(raw), Kind.PARTICLE));
            return;
        }
        if (FATHER_OF.contains(raw)) {
            tokens.add(new Token(raw, "abu", "ab", Kind.FATHER_OF));
            return;
        }
        if (ENTITY_NOISE.contains(raw)) {
            tokens.add(new Token(raw, raw, skeleton(raw), Kind.NOISE));
            return;
        }
        if (ABD_PREFIXES.contains(raw)) {
            tokens.add(new Token(raw, "abd", "abd", Kind.FATHER_OF));
            return;
        }
        for (String prefix : ABD_PREFIXES) {
            if (raw.startsWith(prefix) && raw.length() >= prefix.length() + 3) {
                tokens.add(new Token(prefix, "abd", "abd", Kind.FATHER_OF));
                String rest = raw.substring(prefix.length());
                // The article assimilated to a sun letter: Abderrahmane, Abdessalam → rahmane, salam.
                if (rest.length() >= 5 && isVowel(rest.charAt(0)) && rest.charAt(1) == rest.charAt(2)
                        && !isVowel(rest.charAt(1))) {
                    rest = rest.substring(2);
                }
                addLatin(rest, tokens);
                return;
            }
        }
        // Theophoric compounds written in one word or two (Hidayatullah / Hidayat Allah, Jalaluddin / Jalal al-Din):
        // always two tokens, so that both spellings and the Arabic script align token by token.
        for (String suffix : GLUED_SUFFIX_ORDER) {
            if (raw.endsWith(suffix) && raw.length() >= suffix.length() + 3) {
                String base = raw.substring(0, raw.length() - suffix.length());
                tokens.add(new Token(base, base, skeleton(base), Kind.NAME));
                String canonical = GLUED_SUFFIXES.get(suffix);
                tokens.add(new Token(suffix, canonical, skeleton(canonical), Kind.NAME));
                return;
            }
        }
        // Glued articles of romanised Arabic: Alhassan, Elhadj, Abdelaziz (handled above), Ezzedine.
        if ((raw.startsWith("al") || raw.startsWith("el")) && raw.length() >= 6 && !isVowel(raw.charAt(2))) {
            String rest = raw.substring(2);
            tokens.add(new Token(raw, rest, skeleton(rest), Kind.NAME));
            return;
        }
        tokens.add(new Token(raw, raw, skeleton(raw), raw.equals("abd") ? Kind.FATHER_OF : Kind.NAME));
    }

    private static void addArabic(String raw, List<Token> tokens) {
        String word = raw;
        if (word.startsWith("ال") && word.length() > 3) {
            tokens.add(new Token("ال", "al", "al", Kind.PARTICLE));
            word = word.substring(2);
        }
        if (word.equals("بن") || word.equals("ابن") || word.equals("ولد") || word.equals("بنت")) {
            tokens.add(new Token(word, "bin", "bin", Kind.PARTICLE));
            return;
        }
        if (word.equals("ابو") || word.equals("أبو") || word.equals("ابي") || word.equals("أبي")) {
            tokens.add(new Token(word, "abu", "ab", Kind.FATHER_OF));
            return;
        }
        if (word.equals("عبد")) {
            tokens.add(new Token(word, "abd", "abd", Kind.FATHER_OF));
            return;
        }
        if (word.startsWith("عبد") && word.length() > 3) {
            tokens.add(new Token("عبد", "abd", "abd", Kind.FATHER_OF));
            word = word.substring(3);
            if (word.startsWith("ال") && word.length() > 2) {
                word = word.substring(2);
            }
        }
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String mapped = ARABIC.get(c);
            if (mapped == null) {
                continue;
            }
            // و and ي are consonants at the start of a word, long vowels elsewhere.
            if ((c == 'و' || c == 'ي' || c == 'ی') && i > 0) {
                continue;
            }
            if (c == 'ة') {
                continue;
            }
            latin.append(mapped);
        }
        String skeleton = collapse(latin.toString());
        if (!skeleton.isEmpty()) {
            tokens.add(new Token(raw, skeleton, skeleton, Kind.NAME));
        }
    }

    /**
     * The consonant skeleton of a romanised token: spelling habits of French and English romanisation merged (ou/u,
     * kh/k, q/k, ch/sh, dj/j, th/t, dh/d, gh/g), vowels and non-initial y/w dropped, doubles collapsed.
     */
    static String skeleton(String folded) {
        String s = folded;
        s = s.replace("sch", "x").replace("tch", "x").replace("ch", "x").replace("sh", "x");
        // q, k, kh, g and gh all render ق or غ or خ somewhere in the region (Belgacem / Belkassem / Bilqasim).
        s = s.replace("kh", "k").replace("gh", "k").replace("dj", "j").replace("dh", "d").replace("th", "t")
                .replace("ph", "f").replace("ck", "k").replace("q", "k").replace("g", "k").replace("x", "\u0001");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (c == 'c') {
                out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
            } else if (c == '\u0001') {
                out.append('x');
            } else if (isVowel(c)) {
                continue;
            } else if ((c == 'y' || c == 'w') && i > 0) {
                continue;
            } else {
                out.append(c);
            }
        }
        String collapsed = collapse(out.toString());
        return collapsed.isEmpty() ? folded : collapsed;
    }

    /**
     * The skeleton without a final h: a final h is sometimes a consonant (Salih, صالح; Allah, الله) and sometimes only
     * the romanisation of a final vowel (Fatimah / Fatima, فاطمة), so skeletons are also compared without it.
     */
    static String loose(String skeleton) {
        return skeleton.length() > 2 && skeleton.endsWith("h") ? skeleton.substring(0, skeleton.length() - 1)
                : skeleton;
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isArabicScript(String token) {
        return token.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }
}
