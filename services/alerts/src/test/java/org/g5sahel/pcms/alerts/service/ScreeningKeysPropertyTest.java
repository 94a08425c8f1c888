package org.g5sahel.pcms.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.config.WithDefault;

/**
 * Blocking loses no hit: whenever {@link NameMatcher#compare} gives two names a score above zero — a fortiori at or
 * above the screening threshold, less the most a date of birth adds — the watched name's
 * {@link NameMatcher#screeningKeys keys} and the screened name's {@link NameMatcher#probeKeys probe} intersect, over
 * the spellings the project knows to be the same name and the names its other tests screen.
 */
class ScreeningKeysPropertyTest {

    private static final NameMatcher MATCHER = NameMatcher.standard();
    /** Each line of the romanisation table: the Arabic token and its Latin spellings, as names. */
    private static final List<List<String>> SPELLINGS = new ArrayList<>();
    /** Every token of the table. */
    private static final List<String> VOCABULARY = new ArrayList<>();
    private static double threshold;

    @BeforeAll
    static void readTable() throws Exception {
        Set<String> vocabulary = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(ScreeningKeysPropertyTest.class
                .getResourceAsStream("/names/arabic-name-romanisation-variants.tsv"), StandardCharsets.UTF_8))) {
            reader.lines().map(line -> line.split("\t")).filter(columns -> columns.length == 2).forEach(columns -> {
                List<String> spellings = new ArrayList<>();
                spellings.add(columns[0]);
                spellings.addAll(List.of(columns[1].split(" ")));
                SPELLINGS.add(spellings);
                spellings.forEach(spelling -> vocabulary.addAll(NameMatcher.tokens(spelling)));
            });
        }
        VOCABULARY.addAll(vocabulary);
        threshold = Double.parseDouble(AlertsConfig.Screening.class.getMethod("threshold")
                .getAnnotation(WithDefault.class).value());
    }

    /** The dictionary the database would hold for these watched names. */
    private static NameMatcher.Terms termsOf(Collection<String> watchedNames) {
        Set<String> terms = new HashSet<>();
        watchedNames.forEach(name -> MATCHER.screeningKeys(name).stream().filter(NameMatcher::isTerm).forEach(terms::add));
        return new NameMatcher.Terms(terms);
    }

    /** Checks every (watched, screened) pair; @return how many pairs scored at or above the threshold */
    private static int assertNoHitLost(List<String> watched, List<String> screened, NameMatcher.Terms terms) {
        List<Set<String>> watchedKeys = watched.stream().map(MATCHER::screeningKeys).toList();
        int atThreshold = 0;
        for (String name : screened) {
            Set<String> probe = MATCHER.probeKeys(name, terms);
            for (int w = 0; w < watched.size(); w++) {
                double score = MATCHER.compare(watched.get(w), name).score();
                if (score >= threshold) {
                    atThreshold++;
                }
                if (score > 0) {
                    assertThat(Collections.disjoint(watchedKeys.get(w), probe))
                            .as("%s watched, %s screened: score %.3f but no common key", watched.get(w), name, score)
                            .isFalse();
                }
            }
        }
        return atThreshold;
    }

    @Test
    void everySpellingOfANameReachesEveryOther() {
        List<String> all = SPELLINGS.stream().flatMap(List::stream).toList();
        NameMatcher.Terms terms = termsOf(all);
        int pairs = 0;
        int atThreshold = 0;
        for (List<String> spellings : SPELLINGS) {
            atThreshold += assertNoHitLost(spellings, spellings, terms);
            pairs += spellings.size() * spellings.size();
        }
        assertThat(pairs).isGreaterThan(20_000);
        assertThat(atThreshold).isGreaterThan(pairs / 2);
    }

    @Test
    void theNamesOfTheOtherTestsReachTheirVariants() {
        List<List<String>> sameName = List.of(
                List.of("Mohamed ould Abdallahi", "Muhammad Abdallahi", "Abdallahi, Mohammed", "Mohammed Abdallahi",
                        "محمد ولد عبد الله"),
                List.of("Ahmed el-Tilemsi", "Ahmad Al Tilemsi"),
                List.of("Iyad ag Ghali", "Iyad Ag-Ghaly"),
                List.of("محمد", "Mohammed"),
                List.of("Sidi Mohamed ag Intalla", "Sidi Mohamed Intalla"),
                List.of("Sahel Trans Négoce SARL", "Sahel Trans Negoce SARL"),
                List.of("Abd Allahi", "Abdallahi", "Abdellahi"),
                List.of("Moussa Traoré", "Ibrahim Traore"),
                List.of("Amadou Diallo", "Oumar Sangaré", "Aminata Diallo", "Unrelated Traveller"));
        List<String> all = sameName.stream().flatMap(List::stream).toList();
        assertThat(assertNoHitLost(all, all, termsOf(all))).isGreaterThan(20);
    }

    /** The persons and variants of {@link NameMatcherTest}: every watched name against every variant. */
    @Test
    void syntheticPersonsAndTheirVariants() {
        List<List<String>> clusters = SPELLINGS.stream().map(spellings -> spellings.subList(1, spellings.size()))
                .filter(variants -> variants.size() >= 2).toList();
        SyntheticPersons persons = SyntheticPersons.of(clusters, 300, true);
        assertThat(assertNoHitLost(persons.watched(), persons.variants(), termsOf(persons.watched()))).isGreaterThan(150);
    }

    /**
     * Token against token across the whole table (any two tokens, not only spellings of one name): a sample of
     * screened tokens against every watched token, in both roles. A pair {@link NameMatcher#compare} would count
     * always shares a key.
     */
    @Test
    void everyPairedTokenSharesAKey() {
        NameMatcher.Terms terms = termsOf(VOCABULARY);
        List<Set<String>> keys = VOCABULARY.stream().map(MATCHER::screeningKeys).toList();
        Random random = new Random(6346);
        int paired = 0;
        for (int s = 0; s < 150; s++) {
            int screened = random.nextInt(VOCABULARY.size());
            Set<String> probe = MATCHER.probeKeys(VOCABULARY.get(screened), terms);
            for (int w = 0; w < VOCABULARY.size(); w++) {
                for (boolean swapped : new boolean[] { false, true }) {
                    String watchedToken = VOCABULARY.get(swapped ? screened : w);
                    String screenedToken = VOCABULARY.get(swapped ? w : screened);
                    if (MATCHER.tokenSimilarity(watchedToken, screenedToken) < NameMatcher.PAIRED) {
                        continue;
                    }
                    paired++;
                    Set<String> watchedKeys = swapped ? keys.get(screened) : keys.get(w);
                    Set<String> screenedProbe = swapped ? MATCHER.probeKeys(screenedToken, terms) : probe;
                    assertThat(Collections.disjoint(watchedKeys, screenedProbe))
                            .as("%s ~ %s paired but no common key", watchedToken, screenedToken).isFalse();
                }
            }
        }
        assertThat(paired).isGreaterThan(500);
    }

    /** The Jaro-Winkler bound the dictionary skips terms on is an upper bound of the similarity it stands for. */
    @Test
    void theBoundIsAnUpperBound() {
        Random random = new Random(9074729);
        for (int i = 0; i < 200_000; i++) {
            String a = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
            String b = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
            int overlap = 0;
            List<Character> rest = new ArrayList<>();
            for (char c : b.toCharArray()) {
                rest.add(c);
            }
            for (char c : a.toCharArray()) {
                if (rest.remove((Character) c)) {
                    overlap++;
                }
            }
            int prefix = 0;
            while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
                prefix++;
            }
            assertThat(NameMatcher.jaroWinklerBound(overlap, a.length(), b.length(), prefix) + 1e-12)
                    .as("%s / %s", a, b).isGreaterThanOrEqualTo(NameMatcher.jaroWinkler(a, b));
        }
    }

    @Test
    void anImplausibleNameReachesNoWatchedName() {
        List<String> watched = SPELLINGS.stream().map(spellings -> String.join(" ", spellings.subList(0,
                Math.min(3, spellings.size())))).toList();
        NameMatcher.Terms terms = termsOf(watched);
        Set<String> listed = new LinkedHashSet<>();
        watched.forEach(name -> listed.addAll(MATCHER.screeningKeys(name)));
        assertThat(MATCHER.probeKeys("Qzwxv Pfrgkj", terms)).doesNotContainAnyElementsOf(listed);
        assertThat(MATCHER.screeningKeys(List.of("Mohamed ould Abdallahi", "Muhammad Abdallahi")))
                .contains("T:mohamed", "T:muhammad", "T:abdallahi", "S:" + NameMatcher.skeleton("mohamed"),
                        "J:" + NameMatcher.skeleton("mohamedabdallahi"))
                .anyMatch(key -> key.startsWith("C:")).doesNotContain("T:ould");
    }
}
