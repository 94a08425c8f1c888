package org.g5sahel.pcms.commons.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Container, IMO and IBAN numbers carry their own check; look-alike letters make no other number. */
class CheckDigitsTest {

    @Test
    void containerNumbersCarryAnIso6346CheckDigit() {
        assertThat(CheckDigits.isContainerNumber("CSQU3054383")).isTrue();
        assertThat(CheckDigits.isContainerNumber("MSKU 907032-3")).isTrue();
        assertThat(CheckDigits.isContainerNumber("CSQU3054384")).isFalse();
        assertThat(CheckDigits.isContainerNumber("CSQX3054383")).isFalse();
        assertThat(CheckDigits.isContainerNumber(null)).isFalse();
    }

    @Test
    void lookalikeLettersAndFormatCharactersDoNotMakeAnotherNumber() {
        // Cyrillic A and Ve, Greek Beta, a zero-width space, a right-to-left override, fullwidth digits.
        assertThat(IdentifierKeys.alphanumeric("\u0410\u0412-123 456")).isEqualTo("AB123456");
        assertThat(IdentifierKeys.alphanumeric("A\u0392\u200B123\u202E456")).isEqualTo("AB123456");
        assertThat(IdentifierKeys.alphanumeric("ab\uFF11\uFF12\uFF13456")).isEqualTo("AB123456");
        assertThat(IdentifierKeys.alphanumeric("K0-1158")).isNotEqualTo(IdentifierKeys.alphanumeric("KO-1158"));
        assertThat(CheckDigits.isContainerNumber("\u0421SQU3054383")).isTrue();
    }

    @Test
    void imoNumbersCarryACheckDigit() {
        assertThat(CheckDigits.isImoNumber("IMO 9074729")).isTrue();
        assertThat(CheckDigits.isImoNumber("9074729")).isTrue();
        assertThat(CheckDigits.isImoNumber("IMO 9074728")).isFalse();
        assertThat(CheckDigits.isImoNumber("907472")).isFalse();
    }

    @Test
    void ibansCarryTwoCheckDigits() {
        // The IBAN of ISO 13616's own example, and a Nigerien one of the UEMOA format with its check digits computed.
        assertThat(CheckDigits.isIban("GB82 WEST 1234 5698 7654 32")).isTrue();
        assertThat(CheckDigits.isIban("gb82west12345698765432")).isTrue();
        assertThat(CheckDigits.isIban("GB82 WEST 1234 5698 7654 33")).isFalse();
        assertThat(CheckDigits.isIban("NE58NE0380100100130305000268")).isTrue();
        assertThat(CheckDigits.isIban("NE58NE0380100100130305000269")).isFalse();
        assertThat(CheckDigits.isIban("0123456789")).isFalse();
        assertThat(CheckDigits.isIban(null)).isFalse();
    }
}
