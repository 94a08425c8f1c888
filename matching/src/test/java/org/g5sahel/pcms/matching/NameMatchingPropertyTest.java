package org.g5sahel.pcms.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over thousands of generated names (words of the romanisation table, particles, titles; fixed seeds, so
 * that a failure prints a name that can be replayed): keys do not change with case, accents, look-alike letters,
 * particles or order; a name always matches itself; comparison is symmetric; an indexed name is found again under
 * those changes.
 */
class NameMatchingPropertyTest {

    private static final int TRIES = 3000;
    private static final List<RomanisationTable.Cluster> CLUSTERS =
            RomanisationTable.standard().clusters();
    private static final NameMatching ENGINE = NameMatching.standard();
    private static final List<String> WORDS = new ArrayList<>();
    private static final String[] PARTICLES = {"ould", "ben", "ag", "bin", "ibn", "al", "el", "Ould", "BEN"};
    /** Cyrillic and Greek letters drawn like Latin ones, as a forger (or a keyboard) would put them. */
    private static final Map<Character, Character> LOOKALIKES =
            Map.of('a', 'а', 'e', 'е', 'o', 'о', 'c', 'с', 'p', 'р', 'x', 'х', 'y', 'у', 'i', 'і', 'O', 'Ο', 'A', 'Α');
    /** Accents that do not change how a letter is said (ç, ş, č do, and are rules of their own). */
    private static final Map<Character, Character> ACCENTS = Map.of('a', 'á', 'e', 'é', 'i', 'ï', 'o', 'ô', 'u', 'ú');

    static {
        for (RomanisationTable.Cluster cluster : CLUSTERS) {
            for (String spelling : cluster.latin()) {
                if (spelling.chars().allMatch(c -> c >= 'a' && c <= 'z')
                        && spelling.length() >= 3
                        && Particles.kind(spelling, false) == TokenKind.NAME
                        && !Particles.isServantOf(spelling)) {
                    WORDS.add(spelling);
                }
            }
        }
    }

    private static List<String> name(Random random) {
        List<String> words = new ArrayList<>();
        int size = 2 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return words;
    }

    /** The same name with case, accents, look-alike letters, particles and order changed at random. */
    private static String disguised(List<String> words, Random random) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            StringBuilder w = new StringBuilder();
            for (char c : word.toCharArray()) {
                char d = random.nextInt(5) == 0 && ACCENTS.containsKey(c) ? ACCENTS.get(c) : c;
                d = random.nextInt(6) == 0 && LOOKALIKES.containsKey(d) ? LOOKALIKES.get(d) : d;
                w.append(d);
            }
            String written = w.toString();
            out.add(
                    random.nextBoolean()
                            ? written.toUpperCase(Locale.ROOT)
                            : Character.toUpperCase(written.charAt(0)) + written.substring(1));
        }
        Collections.shuffle(out, random);
        if (random.nextBoolean()) {
            out.add(1 + random.nextInt(out.size() - 1), PARTICLES[random.nextInt(PARTICLES.length)]);
        }
        return String.join(random.nextBoolean() ? " " : "  ", out);
    }

    @Test
    void keysAreStableUnderCaseAccentsLookalikesParticlesAndOrder() {
        Random random = new Random(7);
        for (int i = 0; i < TRIES; i++) {
            List<String> words = name(random);
            String plain = String.join(" ", words);
            String disguised = disguised(words, random);
            assertThat(ENGINE.keys(disguised)).as("%s / %s", plain, disguised).isEqualTo(ENGINE.keys(plain));
        }
    }

    @Test
    void aNameAlwaysMatchesItselfAndItsDisguises() {
        Random random = new Random(11);
        for (int i = 0; i < TRIES; i++) {
            List<String> words = name(random);
            String plain = String.join(" ", words);
            assertThat(ENGINE.compare(plain, plain).nameScore()).as(plain).isEqualTo(1.0);
            String disguised = disguised(words, random);
            assertThat(ENGINE.compare(disguised, plain).nameScore())
                    .as("%s / %s", disguised, plain)
                    .isGreaterThanOrEqualTo(0.97);
        }
    }

    @Test
    void comparisonIsSymmetric() {
        Random random = new Random(13);
        for (int i = 0; i < TRIES; i++) {
            String a = String.join(" ", name(random));
            List<String> other = name(random);
            // Half the time a name sharing words with the first, so that the scores are not all near zero.
            if (random.nextBoolean()) {
                other.set(0, a.split(" ")[random.nextInt(2)]);
            }
            String b = String.join(" ", other);
            assertThat(ENGINE.compare(a, b).nameScore())
                    .as("%s / %s", a, b)
                    .isCloseTo(ENGINE.compare(b, a).nameScore(), org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void anIndexedNameIsFoundAgainDisguised() {
        Random random = new Random(17);
        CandidateIndex index = ENGINE.newIndex();
        List<List<String>> names = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            List<String> words = name(random);
            names.add(words);
            index.add("E" + i, Subject.named(String.join(" ", words)));
        }
        for (int i = 0; i < names.size(); i++) {
            String disguised = disguised(names.get(i), random);
            assertThat(index.screen(Subject.named(disguised), 50))
                    .as(disguised)
                    .extracting(CandidateIndex.Match::id)
                    .contains("E" + i);
        }
    }

    /**
     * The index compares a query word with the words it meets under a floor ({@link TokenComparator#compare(Token,
     * Token, double)}): from the floor up the similarity is the full comparison's, under it it stays under. Pairs
     * of the table's words, Latin against Latin and Arabic script against Latin.
     */
    @Test
    void aComparisonUnderAFloorIsExactFromTheFloorUp() {
        Random random = new Random(29);
        int reaching = 0;
        for (int i = 0; i < TRIES * 2; i++) {
            Token[] pair = pairOfWords(random);
            Token a = pair[0];
            Token b = pair[1];
            double full = TokenComparator.compare(a, b).similarity();
            double floored = TokenComparator.compare(a, b, NameComparator.FLOOR).similarity();
            if (full >= NameComparator.FLOOR) {
                reaching++;
                assertThat(floored).as("%s / %s", a.written(), b.written()).isEqualTo(full);
            } else {
                assertThat(floored).as("%s / %s", a.written(), b.written()).isLessThan(NameComparator.FLOOR);
            }
        }
        assertThat(reaching).as("pairs reaching the floor").isGreaterThan(TRIES / 2);
    }

    @Test
    void whatLettersAloneCostIsNeverMoreThanTheDistance() {
        Random random = new Random(31);
        int bounded = 0;
        for (int i = 0; i < TRIES * 2; i++) {
            Token[] pair = pairOfWords(random);
            Token a = pair[0];
            Token b = pair[1];
            double distance = SpellingCost.distance(a.sound(), b.sound(), a.arabic(), b.arabic());
            double apart = SpellingCost.lettersApart(a.sound(), b.sound(), a.arabic(), b.arabic());
            assertThat(apart).as("%s / %s", a.written(), b.written()).isLessThanOrEqualTo(distance);
            bounded += apart > 0 ? 1 : 0;
        }
        assertThat(bounded).as("pairs the letters alone tell apart somewhat").isGreaterThan(TRIES / 2);
    }

    /**
     * A word of the table (in Arabic script one time in four) and, half of the time, another spelling of it — so that
     * many pairs are alike — else a word of another name.
     */
    private static Token[] pairOfWords(Random random) {
        RomanisationTable.Cluster cluster = CLUSTERS.get(random.nextInt(CLUSTERS.size()));
        List<String> latin = cluster.latin();
        boolean fromArabic = random.nextInt(4) == 0 && !cluster.arabic().isBlank();
        Token a = token(fromArabic ? cluster.arabic() : latin.get(random.nextInt(latin.size())));
        Token b = token(
                random.nextBoolean()
                        ? latin.get(random.nextInt(latin.size()))
                        : WORDS.get(random.nextInt(WORDS.size())));
        return new Token[] {a, b};
    }

    private static Token token(String word) {
        return ENGINE.read(Subject.named(word)).get(0).tokens().get(0);
    }
}
