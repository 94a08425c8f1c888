package org.g5sahel.pcms.matching;

/**
 * How a word sounds, written in a small phonemic alphabet so that the spelling habits of French, English and other
 * romanisations meet: French {@code ou}, English {@code u}; {@code kh} and {@code x}-less {@code ks}; {@code ch},
 * {@code sh} and {@code sch}; doubled letters; a mute final {@code e}; a final {@code h} after a vowel.
 * <p>
 * The alphabet is lower-case ASCII letters plus one sign for each sound Latin writes with two letters:
 * {@code ʃ} (sh, ch, sch; ش), {@code ʧ} (tch, tsh), {@code ʒ} (zh), {@code χ} (kh; خ), {@code ɣ} (gh; غ),
 * {@code θ} (th; ث), {@code ð} (dh; ذ). The vowels are {@code a e i o u}; {@code y} and {@code w} are consonants
 * before a vowel and {@code i}, {@code u} elsewhere. What remains different between two spellings of one name
 * (Osman / Uthman: {@code s} and {@code θ}; Jasmin / Yasmine: {@code j} and {@code y}) is priced by
 * {@link SpellingCost}, not merged here, because merging it would make different names equal.
 * <p>
 * Arabic script is written in the same alphabet letter by letter ({@link #ofArabic}): Arabic writes no short vowels,
 * so its sound has only the long ones, and {@link SpellingCost} prices a missing vowel low when one side comes from
 * Arabic script.
 */
final class Sound {

    static final String VOWELS = "aeiou";
    private static final java.util.regex.Pattern NOT_A_LETTER = java.util.regex.Pattern.compile("[^a-z]");
    private static final java.util.regex.Pattern DUTCH_IJ = java.util.regex.Pattern.compile("ij(?![aeiou])");

    private Sound() {}

    /** The sound of a folded Latin word (lower-case ASCII letters). */
    static String ofLatin(String word) {
        String w = NOT_A_LETTER.matcher(word).replaceAll("");
        // A mute final e after a consonant (Amine, Yasmine, Karime), not in a short word (Ibe, Ode).
        if (w.length() > 4 && w.endsWith("e") && !isVowel(w.charAt(w.length() - 2))) {
            w = w.substring(0, w.length() - 1);
        }
        // French -aux, -eux, -oux end on the vowel (Arnoux, Seydoux, Micheaux) and eau is o (Moreau); Dutch ij before a
        // consonant is a
        // vowel (Matthijs, Rijn), not the i and j of Hijazi.
        if (w.length() > 4 && (w.endsWith("aux") || w.endsWith("eux") || w.endsWith("oux"))) {
            w = w.substring(0, w.length() - 1);
        }
        w = DUTCH_IJ.matcher(w).replaceAll("i").replace("eau", "o");
        StringBuilder out = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char after = i + 2 < n ? w.charAt(i + 2) : 0;
            switch (c) {
                case 's' -> {
                    if (next == 'c' && after == 'h') {
                        out.append('ʃ');
                        i += 2;
                    } else if (next == 'h') {
                        out.append('ʃ');
                        i++;
                    } else {
                        out.append('s');
                    }
                }
                case 't' -> {
                    if (next == 'c' && after == 'h' || next == 's' && after == 'h') {
                        out.append('ʧ');
                        i += 2;
                    } else if (next == 'h') {
                        out.append('θ');
                        i++;
                    } else {
                        out.append('t');
                    }
                }
                case 'c' -> {
                    if (next == 'h') {
                        // French ch is sh (Cheikh, Bouchra); starting a word before a consonant it is k (Christophe).
                        out.append(i == 0 && after != 0 && !isVowel(after) && after != 'y' ? 'k' : 'ʃ');
                        i++;
                    } else if (next == 'k' || next == 'q') {
                        out.append('k');
                        i++;
                        if (next == 'q' && after == 'u' && i + 2 < n && isVowel(w.charAt(i + 2))) {
                            i++;
                        }
                    } else {
                        out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                    }
                }
                case 'k' -> {
                    if (next == 'h') {
                        out.append('χ');
                        i++;
                    } else {
                        out.append('k');
                    }
                }
                case 'g' -> {
                    if (next == 'h') {
                        out.append('ɣ');
                        i++;
                    } else {
                        out.append('g');
                    }
                }
                case 'd' -> {
                    if (next == 'h') {
                        out.append('ð');
                        i++;
                    } else if (next == 'j' || next == 'z' && after == 'h') {
                        out.append('j');
                        i += next == 'j' ? 1 : 2;
                    } else {
                        out.append('d');
                    }
                }
                case 'z' -> {
                    if (next == 'h') {
                        out.append('ʒ');
                        i++;
                    } else {
                        out.append('z');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        out.append('f');
                        i++;
                    } else {
                        out.append('p');
                    }
                }
                case 'q' -> {
                    out.append('k');
                    if (next == 'u' && after != 0 && isVowel(after)) {
                        i++;
                    }
                }
                case 'x' -> out.append("ks");
                case 'o' -> {
                    if (next == 'u' || next == 'o') {
                        out.append('u');
                        i++;
                    } else {
                        out.append('o');
                    }
                }
                case 'e' -> {
                    if (next == 'e') {
                        out.append('i');
                        i++;
                    } else {
                        out.append('e');
                    }
                }
                case 'y' -> out.append(next != 0 && isVowel(next) ? 'y' : 'i');
                case 'w' -> out.append(next != 0 && isVowel(next) ? 'w' : 'u');
                case 'h' -> {
                    // A final h after a vowel writes the vowel (Fatimah, Aïchah), not a sound.
                    if (!(next == 0 && i > 0 && isVowel(w.charAt(i - 1)))) {
                        out.append('h');
                    }
                }
                default -> out.append(c);
            }
        }
        return collapse(out);
    }

    /**
     * The sound of a word in Arabic script, letter by letter: each consonant to its sign (ث θ, ذ and the emphatic ض ظ
     * ð — d in Arabic, z in Persian and Turkish names —, ش ʃ, خ χ, غ ɣ, ق k), alif and alif maqsura to a, ta marbuta
     * to the a it ends a name with, و and ي to the consonants w and y at the start of a word or before a vowel and to
     * the vowels u and i elsewhere; ʿayn and hamza, which Latin spellings drop, dropped. A mapping of its own rather
     * than ICU's {@code Arabic-Latin}, whose digraphs are ambiguous once read back (س‌ه and ش both give "sh").
     */
    static String ofArabic(String word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            boolean vowelNext = next == 'ا' || next == 'ى' || next == 'ة' || next == 'آ';
            switch (c) {
                case 'ا', 'أ', 'إ', 'آ', 'ى' -> out.append('a');
                case 'ة' -> out.append('a');
                case 'ء', 'ع' -> {
                    // Not written in Latin spellings.
                }
                case 'ئ' -> out.append(vowelNext ? 'y' : 'i');
                case 'ؤ' -> out.append(vowelNext ? 'w' : 'u');
                case 'ب' -> out.append('b');
                case 'پ' -> out.append('p');
                case 'ت', 'ط' -> out.append('t');
                case 'ث' -> out.append('θ');
                case 'ج' -> out.append('j');
                case 'چ' -> out.append('ʧ');
                case 'ژ' -> out.append('ʒ');
                case 'ح', 'ه', 'ھ' -> out.append('h');
                case 'خ' -> out.append('χ');
                case 'د' -> out.append('d');
                case 'ذ', 'ض', 'ظ' -> out.append('ð');
                case 'ر' -> out.append('r');
                case 'ز' -> out.append('z');
                case 'س', 'ص' -> out.append('s');
                case 'ش' -> out.append('ʃ');
                case 'غ' -> out.append('ɣ');
                case 'ف' -> out.append('f');
                case 'ڤ' -> out.append('v');
                case 'ق', 'ك', 'ک' -> out.append('k');
                case 'گ' -> out.append('g');
                case 'ل' -> out.append('l');
                case 'م' -> out.append('m');
                case 'ن' -> out.append('n');
                case 'و' -> out.append(i == 0 || vowelNext ? 'w' : 'u');
                case 'ي', 'ی' -> out.append(i == 0 || vowelNext ? 'y' : 'i');
                default -> {
                    if (Character.isLetter(c) && c < 128) {
                        out.append(Character.toLowerCase(c));
                    }
                }
            }
        }
        // A final h after a long vowel is dropped as in Latin spellings (Fatimah / Fatima), kept after a consonant.
        if (out.length() > 2 && out.charAt(out.length() - 1) == 'h' && isVowel(out.charAt(out.length() - 2))) {
            out.setLength(out.length() - 1);
        }
        return collapse(out);
    }

    /** The consonants of a sound in order ({@code h} and vowels dropped), the basis of keys. */
    static String consonants(String sound) {
        StringBuilder out = new StringBuilder(sound.length());
        for (int i = 0; i < sound.length(); i++) {
            char c = sound.charAt(i);
            if (!isVowel(c) && c != 'h') {
                out.append(c);
            }
        }
        return collapse(out);
    }

    /**
     * A coarse class for each consonant, for keys that must bring together what {@link SpellingCost} prices low:
     * b/p, f/v, t/d/θ, z/ð, k/g/χ/ɣ, j/ʒ/ʧ/ʃ; the half-vowels y and w dropped.
     */
    static String coarse(String consonants) {
        StringBuilder out = new StringBuilder(consonants.length());
        for (int i = 0; i < consonants.length(); i++) {
            char c = consonants.charAt(i);
            char k = switch (c) {
                case 'p', 'b' -> 'b';
                case 'v', 'f' -> 'f';
                case 'd', 't', 'θ' -> 't';
                case 'ð', 'z' -> 'z';
                case 'g', 'k', 'χ', 'ɣ' -> 'k';
                case 'j', 'ʒ', 'ʧ', 'ʃ' -> 'j';
                case 'y', 'w' -> 0;
                default -> c;
            };
            if (k != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != k)) {
                out.append(k);
            }
        }
        return out.toString();
    }

    static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
