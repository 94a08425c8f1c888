package org.g5sahel.pcms.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void containerNumbersCarryAnIso6346CheckDigit() {
        assertThat(Identifiers.isValidContainerNumber("CSQU3054383")).isTrue();
        assertThat(Identifiers.isValidContainerNumber("MSKU 907032-3")).isTrue();
        assertThat(Identifiers.isValidContainerNumber("CSQU3054384")).isFalse();
        assertThat(Identifiers.isValidContainerNumber("CSQX3054383")).isFalse();
        assertThat(Identifiers.isValidContainerNumber(null)).isFalse();
    }

    @Test
    void lookalikeLettersAndFormatCharactersDoNotMakeAnotherNumber() {
        // Cyrillic A and Ve, Greek Beta, a zero-width space, a right-to-left override, fullwidth digits.
        assertThat(Identifiers.compact("\u0410\u0412-123 456")).isEqualTo("AB123456");
        assertThat(Identifiers.compact("A\u0392\u200B123\u202E456")).isEqualTo("AB123456");
        assertThat(Identifiers.compact("ab\uFF11\uFF12\uFF13456")).isEqualTo("AB123456");
        assertThat(Identifiers.compact("K0-1158")).isNotEqualTo(Identifiers.compact("KO-1158"));
        assertThat(Identifiers.isValidContainerNumber("\u0421SQU3054383")).isTrue();
    }

    @Test
    void imoNumbersCarryACheckDigit() {
        assertThat(Identifiers.isValidImoNumber("IMO 9074729")).isTrue();
        assertThat(Identifiers.isValidImoNumber("9074729")).isTrue();
        assertThat(Identifiers.isValidImoNumber("IMO 9074728")).isFalse();
        assertThat(Identifiers.isValidImoNumber("907472")).isFalse();
    }
}
