package org.g5sahel.pcms.cases.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.RegistryIdentifier;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.commons.correlation.IdentifierKind;
import org.g5sahel.pcms.matching.NameMatching;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names with dates of birth in the cross-registry index, as the cases service publishes and matches them: keyed by the
 * matching module word by word, hashed with the date and the keys' version, and a match only when two different words
 * of one name meet on each side.
 */
class NameKeysAcrossRegistriesTest {

    private static final LocalDate BORN = LocalDate.of(1980, 3, 12);
    private final IdentifierKeys keys = new IdentifierKeys("key-one");
    private final NameMatching matching = NameMatching.standard();

    @ParameterizedTest
    @CsvSource({
        "Mohamed Ould Ahmed, Muhammad Ahmad, true",
        "Mohamed Ould Ahmed, Ahmed Ould Mohamed, true",
        "Iyad Ag Ghali, Iyad Ghaly, true",
        "Mohamed Ould Ahmed, محمد ولد أحمد, true",
        "Abd al-Qadir Traoré, Abdelkader Traore, true",
        "Abdel Kader Maïga, عبد القادر مايغا, true",
        "Mohamed Ould\u200B Ahmed, Mohamed Ahmed, true",
        "Mohamed Ould Ahmed, Mohamed Traoré, false",
        "Aïcha Traoré, Mariam Coulibaly, false"
    })
    void twoWordsOfOneNameMeetOnEachSide(String one, String other, boolean match) {
        assertThat(matches(one, BORN, other, BORN)).isEqualTo(match);
        assertThat(matches(other, BORN, one, BORN)).isEqualTo(match);
    }

    @Test
    void anotherDateOrAnotherKeyNeverMeets() {
        assertThat(matches("Mohamed Ould Ahmed", BORN, "Mohamed Ould Ahmed", BORN.plusDays(1)))
                .isFalse();
        assertThat(hashes("Mohamed Ould Ahmed", BORN, keys))
                .doesNotContainAnyElementsOf(hashes("Mohamed Ould Ahmed", BORN, new IdentifierKeys("key-two")));
        assertThat(keys.nameAndBirthDate(
                        List.of("Mohamed Ould Ahmed"), null, matching.keysVersion(), matching::strictKeysByWord))
                .isEmpty();
        assertThat(keys.nameAndBirthDate(List.of("Ould El"), BORN, matching.keysVersion(), matching::strictKeysByWord))
                .isEmpty();
    }

    @Test
    void strongIdentifiersAlwaysCountAndWordsOfTwoNamesDoNotAddUp() {
        RegistryIdentifier passport = identifier(IdentifierKind.DOCUMENT, "p", null);
        assertThat(RegistryIndex.countable(List.of(passport), Map.of())).containsExactly(passport);
        // One word of the Latin name and one of the Arabic name are not two words of one name.
        RegistryIdentifier latin = identifier(IdentifierKind.NAME_AND_BIRTH_DATE, "a", 0);
        RegistryIdentifier arabic = identifier(IdentifierKind.NAME_AND_BIRTH_DATE, "b", IdentifierKeys.WORDS_PER_NAME);
        assertThat(RegistryIndex.countable(List.of(passport, latin, arabic), Map.of("a", Set.of(0), "b", Set.of(1))))
                .containsExactly(passport);
        RegistryIdentifier second = identifier(IdentifierKind.NAME_AND_BIRTH_DATE, "b", 1);
        assertThat(RegistryIndex.countable(List.of(latin, second), Map.of("a", Set.of(0), "b", Set.of(2))))
                .containsExactly(latin, second);
    }

    /** Whether the index would match the two persons on their names and dates of birth. */
    private boolean matches(String one, LocalDate oneBorn, String other, LocalDate otherBorn) {
        Map<String, Set<Integer>> ownWords = new HashMap<>();
        for (IdentifierKeys.Keyed keyed : keyed(one, oneBorn, keys)) {
            ownWords.computeIfAbsent(keyed.keyedHash(), hash -> new HashSet<>()).add(keyed.word());
        }
        List<RegistryIdentifier> common = keyed(other, otherBorn, keys).stream()
                .filter(keyed -> ownWords.containsKey(keyed.keyedHash()))
                .map(keyed -> identifier(keyed.kind(), keyed.keyedHash(), keyed.word()))
                .toList();
        return !RegistryIndex.countable(common, ownWords).isEmpty();
    }

    private List<IdentifierKeys.Keyed> keyed(String name, LocalDate born, IdentifierKeys with) {
        return with.nameAndBirthDate(List.of(name), born, matching.keysVersion(), matching::strictKeysByWord);
    }

    private Set<String> hashes(String name, LocalDate born, IdentifierKeys with) {
        Set<String> hashes = new HashSet<>();
        keyed(name, born, with).forEach(keyed -> hashes.add(keyed.keyedHash()));
        return hashes;
    }

    private static RegistryIdentifier identifier(IdentifierKind kind, String hash, Integer word) {
        RegistryIdentifier identifier = new RegistryIdentifier();
        identifier.service = "alerts";
        identifier.recordId = UUID.randomUUID();
        identifier.itemId = UUID.randomUUID();
        identifier.kind = kind;
        identifier.keyedHash = hash;
        identifier.label = kind.name();
        identifier.word = word;
        return identifier;
    }
}
