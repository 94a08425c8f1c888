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
    void imoNumbersCarryACheckDigit() {
        assertThat(Identifiers.isValidImoNumber("IMO 9074729")).isTrue();
        assertThat(Identifiers.isValidImoNumber("9074729")).isTrue();
        assertThat(Identifiers.isValidImoNumber("IMO 9074728")).isFalse();
        assertThat(Identifiers.isValidImoNumber("907472")).isFalse();
    }
}
