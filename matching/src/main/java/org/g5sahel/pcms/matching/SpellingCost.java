package org.g5sahel.pcms.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A weighted edit distance between two {@link Sound sounds}, priced by what romanisation does to Arabic-origin (and
 * other) names: a vowel written differently costs little (Osman / Usman), so does a vowel left out (Mhamed /
 * Mohamed), a consonant that one romanisation writes another way costs a third to a half (th / s / t for ث, dh / z / d
 * for ذ and ظ, j / g for ج in Egyptian, j / y for Yasmin, p / b where Arabic has no p, kh / k / h, gh / g / r), and
 * anything else costs a full consonant. These costs are set by hand from the romanisation systems (UNGEGN, ALA-LC,
 * French and Egyptian usage), not learned from the project's table, so that they hold for names the table never
 * held.
 */
final class SpellingCost {

    /** A consonant written another way, or left out. */
    static final double CONSONANT = 1.0;
    /** Left out or added: a vowel; from Arabic script, where short vowels are not written, less. */
    static final double VOWEL_GAP = 0.3;

    static final double VOWEL_GAP_UNWRITTEN = 0.12;
    /** Left out or added: h (ʿayn / ḥa / hamza rendered or not: Hameur / Ameur), a half-vowel. */
    static final double WEAK_GAP = 0.4;
    /** Left out at the end of a word: a consonant French spelling writes but does not say. */
    static final double MUTE_FINAL = 0.5;

    private static final Map<Integer, Double> PAIRS = new HashMap<>();
    /**
     * The letters of the sound alphabet are all under this code point (θ, χ): each has a small number, and the cost
     * of a pair is read from an array rather than a map, once per cell of {@link #distance}.
     */
    private static final int CODE_POINTS = 0x400;

    private static final byte[] LETTER = new byte[CODE_POINTS];
    private static final int LETTERS = 64;
    private static final double[] SUBSTITUTIONS = new double[LETTERS * LETTERS];
    /** For each letter, the other letters it costs less than a consonant to write it as, cheapest first. */
    private static final int[][] CHEAPER_LETTERS = new int[LETTERS][];

    static {
        // Vowels written another way.
        pair('o', 'u', 0.1);
        pair('e', 'i', 0.15);
        pair('a', 'e', 0.15);
        pair('a', 'o', 0.25);
        pair('a', 'i', 0.3);
        pair('a', 'u', 0.3);
        pair('e', 'o', 0.3);
        pair('e', 'u', 0.3);
        pair('i', 'o', 0.35);
        pair('i', 'u', 0.35);
        // Half-vowels and the vowels they write.
        pair('y', 'i', 0.15);
        pair('y', 'e', 0.25);
        pair('w', 'u', 0.15);
        pair('w', 'o', 0.25);
        pair('w', 'v', 0.3);
        pair('u', 'v', 0.35);
        // Consonants romanised differently.
        pair('b', 'p', 0.3);
        pair('f', 'v', 0.3);
        pair('b', 'v', 0.5);
        pair('t', 'θ', 0.25);
        pair('s', 'θ', 0.3);
        pair('z', 'θ', 0.4);
        pair('d', 'ð', 0.25);
        pair('z', 'ð', 0.25);
        pair('θ', 'ð', 0.3);
        pair('t', 'd', 0.55);
        // ض: d in Arabic romanisation, z in Persian, Turkish and Urdu (Rida / Reza, Ramadan / Ramazan, Fadl / Fazl).
        pair('d', 'z', 0.4);
        pair('s', 'z', 0.35);
        pair('s', 'ʃ', 0.5);
        pair('j', 'ʒ', 0.2);
        pair('z', 'ʒ', 0.45);
        pair('ʃ', 'ʧ', 0.25);
        pair('j', 'ʧ', 0.4);
        pair('ʃ', 'ʒ', 0.4);
        pair('j', 'ʃ', 0.5);
        pair('j', 'g', 0.35);
        pair('j', 'y', 0.3);
        pair('j', 'z', 0.5);
        pair('k', 'g', 0.35);
        // h written g: Russian romanisation of Arabic names (Magomed, Gasan), Ukrainian and Czech (Olha / Olga).
        pair('g', 'h', 0.45);
        pair('k', 'χ', 0.3);
        pair('h', 'χ', 0.35);
        // ch: ʃ in French and English, χ in German, Dutch and Hebrew spelling (Michael / Mikhail).
        pair('ʃ', 'χ', 0.45);
        pair('g', 'ɣ', 0.25);
        pair('r', 'ɣ', 0.5);
        pair('χ', 'ɣ', 0.4);
        pair('k', 'ɣ', 0.5);
        pair('m', 'n', 0.7);
        pair('l', 'r', 0.7);
        pair('n', 'ŋ', 0.3);
        String alphabet = "abcdefghijklmnopqrstuvwxyzθðʃʒʧχɣŋ";
        for (int i = 0; i < alphabet.length(); i++) {
            LETTER[alphabet.charAt(i)] = (byte) (i + 1);
        }
        for (int i = 0; i < alphabet.length(); i++) {
            for (int j = 0; j < alphabet.length(); j++) {
                SUBSTITUTIONS[(i + 1) * LETTERS + j + 1] = slowSubstitution(alphabet.charAt(i), alphabet.charAt(j));
            }
        }
        for (int i = 1; i <= alphabet.length(); i++) {
            int letter = i;
            int[] others = IntStream.rangeClosed(1, alphabet.length())
                    .filter(other -> other != letter && SUBSTITUTIONS[letter * LETTERS + other] < CONSONANT)
                    .boxed()
                    .sorted(Comparator.comparingDouble(other -> SUBSTITUTIONS[letter * LETTERS + other]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            CHEAPER_LETTERS[letter] = others;
        }
    }

    private SpellingCost() {}

    private static void pair(char a, char b, double cost) {
        PAIRS.put(a << 16 | b, cost);
        PAIRS.put(b << 16 | a, cost);
    }

    static double substitution(char a, char b) {
        if (a < CODE_POINTS && b < CODE_POINTS && LETTER[a] != 0 && LETTER[b] != 0) {
            return SUBSTITUTIONS[LETTER[a] * LETTERS + LETTER[b]];
        }
        return slowSubstitution(a, b);
    }

    private static double slowSubstitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        Double cost = PAIRS.get(a << 16 | b);
        if (cost != null) {
            return cost;
        }
        return Sound.isVowel(a) && Sound.isVowel(b) ? 0.4 : CONSONANT;
    }

    static double gap(char c, boolean unwritten) {
        if (Sound.isVowel(c)) {
            return unwritten ? VOWEL_GAP_UNWRITTEN : VOWEL_GAP;
        }
        return c == 'h' || c == 'y' || c == 'w' ? WEAK_GAP : CONSONANT;
    }

    /** A final s, x, t or d, mute in French spelling (Georges, Seydoux, Joubert, Gouraud), costs half when left out. */
    static double finalGap(char c, boolean unwritten) {
        return c == 's' || c == 't' || c == 'd' ? MUTE_FINAL : gap(c, unwritten);
    }

    /** What a word weighs: a consonant 1, a vowel less; the denominator of {@link #similarity}. */
    static double weight(String sound) {
        double weight = 0;
        for (int i = 0; i < sound.length(); i++) {
            char c = sound.charAt(i);
            weight += Sound.isVowel(c) ? 0.4 : c == 'h' || c == 'y' || c == 'w' ? 0.6 : 1.0;
        }
        return weight;
    }

    /**
     * The cheapest way to write {@code a} as {@code b}, with vowel gaps priced low on the side that comes from Arabic
     * script ({@code aUnvocalised}, {@code bUnvocalised}).
     */
    static double distance(String a, String b, boolean aUnvocalised, boolean bUnvocalised) {
        return distance(a, b, aUnvocalised, bUnvocalised, Double.POSITIVE_INFINITY);
    }

    /**
     * {@link #distance(String, String, boolean, boolean)}, or any value over {@code atMost} as soon as every way of
     * writing {@code a} as {@code b} is known to cost more. Costs are never negative, and each letter one word has
     * beyond the other's is a gap costing at least {@link #cheapestGap}: a cell of the table costs at least what
     * reached it plus a gap for each letter the rest of one word has beyond the rest of the other, and when every cell
     * of a row does, nothing can end under {@code atMost}. Words of lengths far apart (a name against a name written
     * together with another) stop before the table is filled.
     */
    static double distance(String a, String b, boolean aUnvocalised, boolean bUnvocalised, double atMost) {
        int n = a.length();
        int m = b.length();
        // The least a letter of a left out costs (b has it not), and conversely.
        double gapOfA = cheapestGap(bUnvocalised);
        double gapOfB = cheapestGap(aUnvocalised);
        double apart = lengthsApart(n, m, gapOfA, gapOfB);
        if (apart > atMost) {
            return apart;
        }
        // What leaving out each letter costs, and its number in the substitution table (0: none), read once.
        double[] leaveA = new double[n];
        int[] letterA = new int[n];
        for (int i = 0; i < n; i++) {
            leaveA[i] = gap(a.charAt(i), bUnvocalised);
            letterA[i] = letter(a.charAt(i)) * LETTERS;
        }
        double[] leaveB = new double[m];
        int[] letterB = new int[m];
        for (int j = 0; j < m; j++) {
            leaveB[j] = gap(b.charAt(j), aUnvocalised);
            letterB[j] = letter(b.charAt(j));
        }
        // The last letters, left out last, cost as finalGap says.
        double finalA = n == 0 ? 0 : finalGap(a.charAt(n - 1), bUnvocalised);
        double finalB = m == 0 ? 0 : finalGap(b.charAt(m - 1), aUnvocalised);
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        // A vowel that b has and a has not: cheap when a is the unvocalised side, and conversely.
        for (int j = 1; j <= m; j++) {
            previous[j] = previous[j - 1] + leaveB[j - 1];
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            int la = letterA[i - 1];
            double leaveCa = leaveA[i - 1];
            current[0] = previous[0] + leaveCa;
            double cheapest = current[0] + lengthsApart(n - i, m, gapOfA, gapOfB);
            for (int j = 1; j <= m; j++) {
                int lb = letterB[j - 1];
                double substitution =
                        la != 0 && lb != 0 ? SUBSTITUTIONS[la + lb] : slowSubstitution(ca, b.charAt(j - 1));
                double best = previous[j - 1] + substitution;
                boolean last = i == n && j == m;
                best = Math.min(best, previous[j] + (last ? finalA : leaveCa));
                best = Math.min(best, current[j - 1] + (last ? finalB : leaveB[j - 1]));
                current[j] = best;
                cheapest = Math.min(cheapest, best + lengthsApart(n - i, m - j, gapOfA, gapOfB));
            }
            if (cheapest > atMost) {
                return cheapest;
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }

    /** The least a letter left out costs, against a side that writes short vowels or not. */
    private static double cheapestGap(boolean unvocalisedOther) {
        return Math.min(MUTE_FINAL, unvocalisedOther ? VOWEL_GAP_UNWRITTEN : VOWEL_GAP);
    }

    /**
     * The least that writing {@code restA} letters as {@code restB} letters costs: a gap for each letter one has
     * beyond the other (a hair under, so that sums rounded otherwise never fall below it).
     */
    private static double lengthsApart(int restA, int restB, double gapOfA, double gapOfB) {
        int apart = restA - restB;
        if (apart == 0) {
            return 0;
        }
        return (apart > 0 ? apart * gapOfA : -apart * gapOfB) * (1 - 1e-9);
    }

    /** The letter's number in the substitution table, 0 when it has none. */
    private static int letter(char c) {
        return c < CODE_POINTS ? LETTER[c] : 0;
    }

    /** 1 for the same sound, 0 for nothing in common: the distance against the weight of the heavier word. */
    static double similarity(String a, String b, boolean aUnvocalised, boolean bUnvocalised) {
        return similarity(a, b, aUnvocalised, bUnvocalised, 0);
    }

    /** {@link #similarity(String, String, boolean, boolean)} when it reaches {@code atLeast}, else less. */
    static double similarity(String a, String b, boolean aUnvocalised, boolean bUnvocalised, double atLeast) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        double weight = Math.max(weight(a), weight(b));
        if (weight == 0) {
            return 0;
        }
        double atMost = (1 - atLeast) * weight;
        if (atLeast > 0 && lettersApart(a, b, aUnvocalised, bUnvocalised) > atMost) {
            // Most words a word is compared with are far from it: they are told so without the table.
            return 0;
        }
        return Math.max(0, 1 - distance(a, b, aUnvocalised, bUnvocalised, atMost) / weight);
    }

    /**
     * The least that writing {@code a} as {@code b} costs, from the letters of each alone: each letter of one word is
     * left out or written as one letter of the other, so it costs at least its gap or its cheapest substitution by a
     * letter the other word has (nothing when it has the same); the words' sums are each under the distance. 0 when a
     * word holds a letter outside the sound alphabet.
     */
    static double lettersApart(String a, String b, boolean aUnvocalised, boolean bUnvocalised) {
        long lettersOfA = letters(a);
        long lettersOfB = letters(b);
        if (lettersOfA == 0 || lettersOfB == 0) {
            return 0;
        }
        double apart = Math.max(unmatched(a, lettersOfB, bUnvocalised), unmatched(b, lettersOfA, aUnvocalised));
        return apart * (1 - 1e-9);
    }

    /** The letters of a sound as bits of their numbers; 0 when one has no number. */
    private static long letters(String sound) {
        long letters = 0;
        for (int i = 0; i < sound.length(); i++) {
            int letter = letter(sound.charAt(i));
            if (letter == 0) {
                return 0;
            }
            letters |= 1L << letter;
        }
        return letters;
    }

    /** What the letters of {@code word} cost at least against a word holding {@code other}'s letters. */
    private static double unmatched(String word, long other, boolean otherUnvocalised) {
        double cost = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int letter = LETTER[c];
            if ((other & 1L << letter) != 0) {
                continue;
            }
            double least = i == word.length() - 1
                    ? Math.min(gap(c, otherUnvocalised), finalGap(c, otherUnvocalised))
                    : gap(c, otherUnvocalised);
            for (int cheaper : CHEAPER_LETTERS[letter]) {
                double substitution = SUBSTITUTIONS[letter * LETTERS + cheaper];
                if (substitution >= least) {
                    break;
                }
                if ((other & 1L << cheaper) != 0) {
                    least = substitution;
                    break;
                }
            }
            cost += least;
        }
        return cost;
    }
}
