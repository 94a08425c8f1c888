package org.g5sahel.pcms.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Name matching alone, and its recall and precision over variants built from the romanisation table. */
class NameMatcherTest {

    private final NameMatcher matcher = NameMatcher.standard();

    @Test
    void romanisationParticlesAndOrderAreAbsorbed() {
        assertThat(matcher.compare("Mohamed ould Abdallahi", "Muhammad Abdallahi").score()).isGreaterThan(0.9);
        assertThat(matcher.compare("Mohamed ould Abdallahi", "Abdallahi, Mohammed").score()).isGreaterThan(0.9);
        assertThat(matcher.compare("Ahmed el-Tilemsi", "Ahmad Al Tilemsi").score()).isGreaterThan(0.9);
        assertThat(matcher.compare("Iyad ag Ghali", "Iyad Ag-Ghaly").score()).isGreaterThan(0.85);
        assertThat(matcher.compare("محمد", "Mohammed").score()).isGreaterThan(0.9);
        assertThat(matcher.compare("Moussa Traoré", "Ibrahim Traore").score()).isLessThan(0.8);
        assertThat(matcher.compare("Amadou Diallo", "Oumar Sangaré").score()).isLessThan(0.5);
    }

    @Test
    void recallAndPrecisionOverRomanisationVariants() throws Exception {
        List<List<String>> clusters = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/names/arabic-name-romanisation-variants.tsv"), StandardCharsets.UTF_8))) {
            reader.lines().map(line -> line.split("\t")).filter(columns -> columns.length == 2)
                    .map(columns -> List.of(columns[1].split(" "))).filter(variants -> variants.size() >= 2)
                    .forEach(clusters::add);
        }
        int people = 300;
        SyntheticPersons persons = SyntheticPersons.of(clusters, people, false);
        List<String> watched = persons.watched();
        List<String> variants = persons.variants();
        int truePositives = 0;
        int falsePositives = 0;
        for (int q = 0; q < people; q++) {
            for (int w = 0; w < people; w++) {
                boolean hit = matcher.compare(watched.get(w), variants.get(q)).score() >= 0.80;
                if (hit && q == w) {
                    truePositives++;
                } else if (hit) {
                    falsePositives++;
                }
            }
        }
        double recall = truePositives / (double) people;
        double precision = truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        System.out.printf("Name screening over %d romanisation variants (threshold 0.80): recall %.3f, precision %.3f"
                + " (%d true hits, %d false hits over %d comparisons)%n", people, recall, precision, truePositives,
                falsePositives, people * people);
        assertThat(recall).isGreaterThan(0.6);
        assertThat(precision).isGreaterThan(0.5);
    }
}
