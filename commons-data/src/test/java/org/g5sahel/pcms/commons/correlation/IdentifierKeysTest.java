package org.g5sahel.pcms.commons.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The keyed-identifier scheme's truth table: for each kind, two States' spellings of one identifier meet, and what is
 * another identifier, or no strong identifier at all, does not.
 */
class IdentifierKeysTest {

    private final IdentifierKeys keys = new IdentifierKeys("key-one");

    @ParameterizedTest
    @CsvSource({
        "+227 90 12 34 56, NE, +22790123456",
        "0022790123456, ML, +22790123456",
        "90.12.34.56, NE, +22790123456",
        "(+223) 76-00-11-22, NE, +22376001122",
        "76001122, ML, +22376001122",
        "76001122, TD, +23576001122",
        "call me, NE, ",
        "12, NE, ",
        "+0 12 34, NE, "
    })
    void phoneNumbersBecomeE164OrNothing(String written, String homeState, String expected) {
        assertThat(IdentifierKeys.e164(written, homeState)).isEqualTo(expected);
    }

    @Test
    void aPassportWrittenByTwoStatesIsOneKeyWhateverItsTypeAndLookalikes() {
        Optional<IdentifierKeys.Keyed> malian = keys.document("PASSEPORT", "NE-1234 567");
        assertThat(malian).get().satisfies(keyed -> {
            assertThat(keyed.kind()).isEqualTo(IdentifierKind.DOCUMENT);
            assertThat(keyed.label()).isEqualTo("PASSPORT");
            assertThat(keyed.hint()).isEqualTo("NE…");
        });
        assertThat(hash(keys.document("passport", "ne1234567"))).isEqualTo(hash(malian));
        // Greek Nu and Cyrillic Ie, a zero-width space: typed differently, the same document.
        assertThat(hash(keys.document("CNI", "\u039D\u0415\u200B1234567"))).isEqualTo(hash(malian));
        assertThat(keys.document("CNI", "NE1234567"))
                .get()
                .extracting(IdentifierKeys.Keyed::label)
                .isEqualTo("ID_CARD");
        assertThat(keys.document("permis", "NE1234567"))
                .get()
                .extracting(IdentifierKeys.Keyed::label)
                .isEqualTo("DOCUMENT");
        assertThat(hash(keys.document("PASSPORT", "NE1234568"))).isNotEqualTo(hash(malian));
        assertThat(keys.document("PASSPORT", "N-1")).isEmpty();
    }

    @Test
    void aPhoneWrittenNationallyInOneStateMeetsItsInternationalFormInAnother() {
        assertThat(hash(keys.phone("90 12 34 56", "NE"))).isEqualTo(hash(keys.phone("+227 90-12-34-56", "ML")));
        assertThat(hash(keys.phone("90 12 34 56", "NE"))).isNotEqualTo(hash(keys.phone("90 12 34 56", "ML")));
        assertThat(keys.phone("+227 90 12 34 56", "ML"))
                .get()
                .extracting(IdentifierKeys.Keyed::hint)
                .isEqualTo("+227…");
        assertThat(keys.phone("appeler", "NE")).isEmpty();
        assertThat(IdentifierKeys.e164("+227\u200B90 12 34 56", "NE")).isEqualTo("+22790123456");
    }

    @Test
    void aPlateIsKeyedWithItsCountryOnly() {
        assertThat(hash(keys.vehiclePlate("8A 1234", "NE"))).isEqualTo(hash(keys.vehiclePlate("8a-1234", "ne")));
        assertThat(hash(keys.vehiclePlate("8A 1234", "NE"))).isNotEqualTo(hash(keys.vehiclePlate("8A 1234", "ML")));
        assertThat(keys.vehiclePlate("8A 1234", null)).isEmpty();
        assertThat(keys.vehiclePlate("8A", "NE")).isEmpty();
    }

    @Test
    void aVinIsCompared() {
        assertThat(hash(keys.vin("JTEBU 29J 405 012345"))).isEqualTo(hash(keys.vin("jtebu29j405012345")));
    }

    @Test
    void anIbanIsRecognisedByItsCheckDigitsAndAnyOtherAccountByItsLength() {
        Optional<IdentifierKeys.Keyed> iban = keys.bankAccount("NE58 NE03 8010 0100 1303 0500 0268");
        assertThat(iban).get().extracting(IdentifierKeys.Keyed::kind).isEqualTo(IdentifierKind.IBAN);
        assertThat(hash(keys.bankAccount("ne58ne0380100100130305000268"))).isEqualTo(hash(iban));
        // One wrong digit: no IBAN, an account number like any other, which never meets the IBAN.
        assertThat(keys.bankAccount("NE58NE0380100100130305000269"))
                .get()
                .extracting(IdentifierKeys.Keyed::kind)
                .isEqualTo(IdentifierKind.BANK_ACCOUNT);
        assertThat(hash(keys.bankAccount("NE58NE0380100100130305000269"))).isNotEqualTo(hash(iban));
        assertThat(hash(keys.bankAccount("0301-0045 6789"))).isEqualTo(hash(keys.bankAccount("030100456789")));
        assertThat(keys.bankAccount("1234567")).isEmpty();
    }

    @Test
    void aFirearmIsItsFoldedSerialWithItsMakesFamily() {
        Optional<IdentifierKeys.Keyed> registered = keys.firearm("Kalashnikov", "K0-1158 35");
        assertThat(hash(keys.firearm("Kalachnikov", "KO-1I58 3S"))).isEqualTo(hash(registered));
        assertThat(hash(keys.firearm("AK-47", "k0 1158 35"))).isEqualTo(hash(registered));
        assertThat(hash(keys.firearm("Norinco", "K0-1158 35"))).isNotEqualTo(hash(registered));
        assertThat(registered).get().extracting(IdentifierKeys.Keyed::hint).isEqualTo("Kalashnikov K0…");
        assertThat(keys.firearm(null, "K0-1158 35")).isEmpty();
        assertThat(keys.firearm("Glock", "12")).isEmpty();
    }

    @Test
    void shipsAndContainersAreKeyedOnlyWithARightCheckDigit() {
        assertThat(hash(keys.imo("IMO 9074729"))).isEqualTo(hash(keys.imo("9074729")));
        assertThat(keys.imo("IMO 9074728")).isEmpty();
        assertThat(hash(keys.container("CSQU 305438-3"))).isEqualTo(hash(keys.container("csqu3054383")));
        assertThat(keys.container("CSQU3054384")).isEmpty();
    }

    @Test
    void theKindIsPartOfTheKeySoTheSameCharactersOfTwoKindsNeverMeet() {
        assertThat(hash(keys.document("PASSPORT", "030100456789")))
                .isNotEqualTo(hash(keys.bankAccount("030100456789")));
    }

    @Test
    void anotherSecretGivesOtherKeysAndTheSchemeIsTheOneCasesStoredBefore() {
        assertThat(hash(new IdentifierKeys("key-two").document("PASSPORT", "B123456")))
                .isNotEqualTo(hash(keys.document("PASSPORT", "B123456")));
        assertThat(hash(keys.document("PASSPORT", "B123456"))).isEqualTo(keys.hash("DOCUMENT", "B123456"));
        assertThat(hash(keys.phone("+22790123456", "NE"))).isEqualTo(keys.hash("PHONE", "+22790123456"));
    }

    private static String hash(Optional<IdentifierKeys.Keyed> keyed) {
        return keyed.orElseThrow().keyedHash();
    }

    /**
     * A stand-in for the matching module's keys of each word of a name: words at spaces, each keyed by its lower case,
     * none for a particle.
     */
    private static final Function<String, List<Set<String>>> WORD_KEYS = name -> Arrays.stream(name.split(" "))
            .map(word -> word.equalsIgnoreCase("ould") ? Set.<String>of() : Set.of("w:" + word.toLowerCase()))
            .toList();

    @Test
    void namesWithADateOfBirthAreHashedKeyByKeyWithTheirWordAndNeverMeetUnderAnotherDateOrVersion() {
        LocalDate born = LocalDate.of(1980, 3, 12);
        List<IdentifierKeys.Keyed> keyed =
                keys.nameAndBirthDate(List.of("Mohamed Ould Ahmed", "محمد أحمد"), born, "1-a", WORD_KEYS);
        assertThat(keyed)
                .extracting(IdentifierKeys.Keyed::word)
                .containsExactly(0, 2, IdentifierKeys.WORDS_PER_NAME, IdentifierKeys.WORDS_PER_NAME + 1);
        assertThat(keyed)
                .allSatisfy(key -> assertThat(key.kind()).isEqualTo(IdentifierKind.NAME_AND_BIRTH_DATE))
                .extracting(IdentifierKeys.Keyed::hint)
                .containsOnlyNulls();
        assertThat(keyed.get(0).keyedHash())
                .isEqualTo(keys.nameAndBirthDate(List.of("MOHAMED"), born, "1-a", WORD_KEYS)
                        .get(0)
                        .keyedHash());
        assertThat(keys.nameAndBirthDate(List.of("Mohamed"), born.plusDays(1), "1-a", WORD_KEYS)
                        .get(0)
                        .keyedHash())
                .isNotEqualTo(keyed.get(0).keyedHash());
        assertThat(keys.nameAndBirthDate(List.of("Mohamed"), born, "1-b", WORD_KEYS)
                        .get(0)
                        .keyedHash())
                .isNotEqualTo(keyed.get(0).keyedHash());
        assertThat(keys.nameAndBirthDate(List.of("Mohamed Ahmed"), null, "1-a", WORD_KEYS))
                .isEmpty();
    }
}
