package org.g5sahel.pcms.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per rule and per decision: what the officer will read as the reason of a hit. */
class NameMatchingTest {

    /** Rules alone: an engine without any known spelling, so that no test passes by the table. */
    private static final NameMatching RULES =
            NameMatching.builder().romanisation(RomanisationTable.empty()).build();

    private static final NameMatching STANDARD = NameMatching.standard();

    private static TokenMatch token(NameMatching engine, String a, String b) {
        return TokenComparator.compare(
                engine.read(a, false).tokens().get(0),
                engine.read(b, false).tokens().get(0));
    }

    @Test
    void exactOnceCaseAccentsAndLookalikesAreSetAside() {
        assertThat(token(RULES, "Aïcha", "AICHA").rule()).isEqualTo(Rule.EXACT);
        // Cyrillic О and а inside a Latin name, and a zero-width space.
        assertThat(token(RULES, "\u041esam\u0430", "Osama").rule()).isEqualTo(Rule.EXACT);
        assertThat(token(RULES, "Ous\u200Bsama", "Oussama").rule()).isEqualTo(Rule.EXACT);
        // A name wholly in Cyrillic is transliterated, not read letter by look-alike letter.
        assertThat(RULES.read("Александр", false).tokens().get(0).text()).isEqualTo("aleksandr");
    }

    @Test
    void tableSpellingsAreOneName() {
        TokenMatch match = token(STANDARD, "Oussama", "Usama");
        assertThat(match.rule()).isIn(Rule.TABLE, Rule.SOUND);
        assertThat(token(STANDARD, "Ahmet", "Ahmad").rule()).isEqualTo(Rule.TABLE);
        assertThat(token(RULES, "Ahmet", "Ahmad").rule()).isNotEqualTo(Rule.TABLE);
    }

    @Test
    void romanisationHabitsGiveTheSameSound() {
        assertThat(token(RULES, "Oumar", "Umar").rule()).isEqualTo(Rule.SOUND);
        assertThat(token(RULES, "Cheikh", "Sheikh").similarity()).isGreaterThan(0.9);
        assertThat(token(RULES, "Mohammed", "Mohamed").rule()).isEqualTo(Rule.SOUND);
        assertThat(token(RULES, "Fatimah", "Fatima").rule()).isEqualTo(Rule.SOUND);
        assertThat(token(RULES, "Oxana", "Oksana").rule()).isEqualTo(Rule.SOUND);
        assertThat(token(RULES, "Fayçal", "Faysal").similarity()).isGreaterThan(0.9);
    }

    @Test
    void theMissesOfTheIssueAreFoundByRules() {
        for (String[] pair : new String[][] {
            {"Osman", "Uthman"},
            {"Muath", "Muaaz"},
            {"Jasmin", "Yasmine"},
            {"Papa", "Baba"},
            {"Oxana", "Oksana"},
            {"Hijazi", "Hegazy"}
        }) {
            assertThat(token(RULES, pair[0], pair[1]).similarity())
                    .as(pair[0] + " / " + pair[1])
                    .isGreaterThanOrEqualTo(NameComparator.WEAK);
        }
    }

    @Test
    void vowelsAloneDifferingIsTheSkeleton() {
        assertThat(token(RULES, "Kerim", "Karim").rule()).isEqualTo(Rule.SKELETON);
    }

    @Test
    void romanisationDifferencesArePricedLow() {
        TokenMatch match = token(RULES, "Hijazi", "Hegazy");
        assertThat(match.rule()).isIn(Rule.EDIT_COST, Rule.DOUBLE_METAPHONE);
        assertThat(match.similarity()).isGreaterThan(0.85);
        assertThat(token(RULES, "Hijazi", "Hamidou").similarity()).isLessThan(NameComparator.FLOOR);
    }

    @Test
    void doubleMetaphoneCorroborates() {
        assertThat(token(RULES, "Yelena", "Jelena").rule()).isEqualTo(Rule.DOUBLE_METAPHONE);
    }

    @Test
    void arabicScriptAgainstLatin() {
        TokenMatch match = token(RULES, "عثمان", "Osman");
        assertThat(match.rule()).isEqualTo(Rule.TRANSLITERATION);
        assertThat(match.similarity()).isGreaterThan(0.85);
        assertThat(token(RULES, "محمد", "Mohamed").similarity()).isGreaterThan(0.9);
        assertThat(token(RULES, "سهيل", "Suhail").similarity()).isGreaterThan(0.9);
        assertThat(token(RULES, "محمد", "Osman").similarity()).isLessThan(NameComparator.FLOOR);
        assertThat(RULES.compare("عبد القادر ولد محمد", "Abdelkader Ould Mohamed")
                        .nameScore())
                .isGreaterThan(0.9);
    }

    @Test
    void particlesWeighAlmostNothing() {
        double with = RULES.compare("Mohamed Ould Ahmed", "Mohamed Ben Ahmed").nameScore();
        double without = RULES.compare("Mohamed Ould Ahmed", "Mohamed Ahmed").nameScore();
        assertThat(with).isGreaterThan(0.97);
        assertThat(without).isGreaterThan(0.95);
        Comparison comparison = RULES.compare("Mohamed Ould Ahmed", "Mohamed Ben Ahmed");
        assertThat(comparison.tokens()).extracting(TokenMatch::rule).contains(Rule.PARTICLE);
    }

    @Test
    void servantOfIsOneNameHoweverWritten() {
        assertThat(RULES.compare("Abd al-Qadir Traore", "Abdelkader Traoré").nameScore())
                .isGreaterThan(0.9);
        assertThat(RULES.compare("Abdoul Rahmane Sow", "Abderrahmane Sow").nameScore())
                .isGreaterThan(0.86);
    }

    @Test
    void orderDoesNotMatterButIsSaid() {
        Comparison comparison = RULES.compare("Traore Oumar", "Oumar Traoré");
        assertThat(comparison.nameScore()).isGreaterThan(0.95);
        assertThat(comparison.reordered()).isTrue();
    }

    @Test
    void namesWrittenTogether() {
        Comparison comparison = RULES.compare("Aboubacar Maiga", "Abou Bakr Maiga");
        assertThat(comparison.nameScore()).isGreaterThan(0.85);
    }

    @Test
    void organisationFormsWeighLittle() {
        Comparison comparison = RULES.compare(
                Subject.organisation("Etablissements Karim Sabbagh SARL"),
                Subject.organisation("Karim Sabagh Trading Company"));
        assertThat(comparison.nameScore()).isGreaterThan(0.86);
        assertThat(comparison.tokens()).extracting(TokenMatch::rule).contains(Rule.ORGANISATION_FORM);
        assertThat(RULES.compare(Subject.organisation("شركة الأمل للتجارة"), Subject.organisation("Al Amal Trading"))
                        .nameScore())
                .isGreaterThan(0.86);
    }

    @Test
    void aOneWordAliasNeedsASecondSignal() {
        Subject listed = new Subject(
                List.of("Abou Abdallah"), BirthDate.parse("1975-03-02"), Set.of("ML"), Set.of("A1234567"), false);
        Decision alone = STANDARD.decide(STANDARD.compare(Subject.person("Abdallah Ould Sidi", null), listed));
        assertThat(alone.hit()).isFalse();
        Decision sameName = STANDARD.decide(STANDARD.compare(Subject.person("Abdallah", null), listed));
        assertThat(sameName.hit()).isFalse();
        assertThat(sameName.reason()).isEqualTo(Decision.Reason.ONE_WORD_WITHOUT_SECOND_SIGNAL);
        Decision withDate =
                STANDARD.decide(STANDARD.compare(Subject.person("Abdallah", BirthDate.parse("1975-03-02")), listed));
        assertThat(withDate.hit()).isTrue();
        assertThat(withDate.reason()).isEqualTo(Decision.Reason.NAME_AND_BIRTH_DATE);
        Decision withDocument = STANDARD.decide(STANDARD.compare(
                new Subject(List.of("Abdallah"), null, Set.of(), Set.of("a-123 4567"), false), listed));
        assertThat(withDocument.reason()).isEqualTo(Decision.Reason.DOCUMENT);
    }

    @Test
    void aDifferentDateOfBirthNeedsAVeryCloseName() {
        Subject listed = Subject.person("Oumar Ould Mohamed Salem", BirthDate.parse("1980-01-01"));
        Decision close = STANDARD.decide(
                STANDARD.compare(Subject.person("Umar Muhammad Salim", BirthDate.parse("1990-06-01")), listed));
        assertThat(close.hit()).isFalse();
        Decision same = STANDARD.decide(
                STANDARD.compare(Subject.person("Oumar Ould Mohamed Salem", BirthDate.parse("1990-06-01")), listed));
        assertThat(same.reason()).isEqualTo(Decision.Reason.NAME_DESPITE_BIRTH_DATE);
        Decision year = STANDARD.decide(
                STANDARD.compare(Subject.person("Umar Muhammad Salim", BirthDate.parse("1980")), listed));
        assertThat(year.reason()).isEqualTo(Decision.Reason.NAME_AND_YEAR_OF_BIRTH);
    }

    @Test
    void explanationsInTheOfficersLanguage() {
        Comparison comparison = RULES.compare(Subject.person("عثمان", null), Subject.person("Osman", null));
        TokenMatch match = comparison.tokens().get(0);
        assertThat(Explanations.render(match, Locale.FRENCH))
                .startsWith("« عثمان » ~ « Osman » : translittération de l’arabe (0,");
        assertThat(Explanations.render(match, Locale.ENGLISH))
                .startsWith("\"عثمان\" ~ \"Osman\": transliteration from Arabic (0.");
        assertThat(Explanations.render(match, Locale.forLanguageTag("ar"))).contains("نقل حرفي من العربية");
        // Every rule, signal and decision has its sentence in the three languages.
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
            var bundle = Explanations.bundle(locale);
            for (Rule rule : Rule.values()) {
                assertThat(bundle.getString("rule." + rule.name())).isNotBlank();
            }
            for (Decision.Reason reason : Decision.Reason.values()) {
                assertThat(bundle.getString("decision." + reason.name())).isNotBlank();
            }
            for (Agreement agreement : Agreement.values()) {
                assertThat(bundle.getString("signal.birthDate." + agreement.name()))
                        .isNotBlank();
                assertThat(bundle.getString("signal.nationality." + agreement.name()))
                        .isNotBlank();
                assertThat(bundle.getString("signal.document." + agreement.name()))
                        .isNotBlank();
            }
        }
        Decision decision = STANDARD.decide(comparison);
        assertThat(Explanations.render(comparison, decision, Locale.FRENCH))
                .last()
                .asString()
                .startsWith("Pas de correspondance");
    }

    @Test
    void keysAreVersionedAndSharedByVariants() {
        MatchKeys listed = RULES.keys("Oumar Ould Mohamed");
        assertThat(listed.version()).startsWith(KeyScheme.VERSION + "-");
        assertThat(listed.meets(RULES.keys("Umar Muhammad"))).isTrue();
        assertThat(listed.meets(RULES.keys("عمر محمد"))).isTrue();
        assertThat(listed.meets(RULES.keys("Ould Ben"))).isFalse();
        assertThat(RULES.keys("Ould Ben Al").keys()).isEmpty();
        assertThat(STANDARD.keys("Oumar").version()).isNotEqualTo(listed.version());
    }

    @Test
    void strictKeysMeetOnSpellingsOfOneWordNotOnOneConsonant() {
        assertThat(RULES.keys("Ahmed").meets(RULES.keys("Traoré")))
                .as("candidates: a consonant in common")
                .isTrue();
        assertThat(RULES.strictKeys("Ahmed").meets(RULES.strictKeys("Traoré"))).isFalse();
        assertThat(RULES.strictKeys("Mohamed").meets(RULES.strictKeys("Muhammad")))
                .isTrue();
        assertThat(RULES.strictKeys("Mohamed").meets(RULES.strictKeys("محمد"))).isTrue();
        assertThat(RULES.strictKeys("Cemil").meets(RULES.strictKeys("Jamil"))).isTrue();
        assertThat(RULES.strictKeys("Ould").keys()).isEmpty();
    }

    @Test
    void strictKeysByWordCutANameAsTheEngineReadsIt() {
        List<Set<String>> written = RULES.strictKeysByWord("Abd al-Qadir Ould Traoré");
        assertThat(written).hasSize(3);
        assertThat(written.get(1)).as("a particle has no keys").isEmpty();
        List<Set<String>> together = RULES.strictKeysByWord("Abdelkader Traore");
        assertThat(together).hasSize(2);
        assertThat(written.get(0)).as("Abd al-Qadir is one word, as Abdelkader").containsAnyElementsOf(together.get(0));
        assertThat(written.get(2)).containsAnyElementsOf(together.get(1));
        assertThat(RULES.strictKeysByWord("عبد القادر")).hasSize(1);
    }

    @Test
    void indexFindsAndExplains() {
        CandidateIndex index = STANDARD.newIndex();
        index.add(
                "UN-1",
                new Subject(
                        List.of("Iyad Ag Ghali", "إياد أغ غالي"),
                        BirthDate.parse("1954"),
                        Set.of("ML"),
                        Set.of(),
                        false));
        index.add("UN-2", Subject.person("Amadou Koufa", BirthDate.parse("1965")));
        List<CandidateIndex.Match> hits = index.screen(Subject.person("Iyad Ag Ghaly", null), 10);
        assertThat(hits).extracting(CandidateIndex.Match::id).containsExactly("UN-1");
        assertThat(index.screen(Subject.person("إياد غالي", null), 10))
                .extracting(CandidateIndex.Match::id)
                .containsExactly("UN-1");
        assertThat(index.screen(Subject.person("Moussa Traore", null), 10)).isEmpty();
        assertThat(index.candidates(Subject.person("Amadou Kufa", null))).contains("UN-2");
    }

    @Test
    void aWordAddedAfterAScreeningIsMetByTheNextOne() {
        CandidateIndex index = STANDARD.newIndex();
        index.add("WL-1", Subject.person("Oumar Ould Hamaha", null));
        Subject query = Subject.person("Oumar Ould Mohamed", null);
        // The query's words are words of the index: what they meet is kept from this screening on.
        assertThat(index.screen(query, 10)).isEmpty();
        index.add("WL-2", Subject.person("Omar Ould Muhammad", null));
        assertThat(index.screen(query, 10)).extracting(CandidateIndex.Match::id).containsExactly("WL-2");
        assertThat(index.screen(query, 10)).extracting(CandidateIndex.Match::id).containsExactly("WL-2");
    }

    @Test
    void birthDatesAgree() {
        assertThat(BirthDate.parse("1970-05-12").against(BirthDate.parse("1970")))
                .isEqualTo(Agreement.PARTIAL);
        assertThat(BirthDate.parse("1970-05-12").against(BirthDate.parse("1970-05-12")))
                .isEqualTo(Agreement.MATCH);
        assertThat(BirthDate.parse("1970-05-12").against(BirthDate.parse("1971-05-12")))
                .isEqualTo(Agreement.CONFLICT);
        assertThat(BirthDate.parse("12/05/1970")).isNull();
    }
}
