package org.g5sahel.pcms.firearms.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The make reference table: the names of one make meet, distinct makes stay apart. */
class MakesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Kalachnikov                        | Kalashnikov",
            "KALASHNIKOV                        | Izhmash",
            "AK-47                              | Kalachnikov",
            "ak                                 | Kalashnikov Concern",
            "Fabrique Nationale                 | FN Herstal",
            "FN                                 | Fabrique nationale de Herstal",
            "H & K                              | Heckler & Koch",
            "Heckler und Koch                   | HK",
            "Manufacture d'armes de Saint-Etienne | MAS",
            "Manufacture d’armes de Saint-Étienne | mas",
            "Pietro Beretta                     | BERETTA",
            "China North Industries Corporation | Norinco",
            "Crvena Zastava                     | Zastava Arms",
            "TT-33                              | Tokarev",
            "Gl\u200Bock                        | GLOCK",
            "GL\u041ECK                             | Glock",
            "Khyber Pass Arms                   | khyber-pass arms" })
    void namesOfOneMakeAreOneMake(String written, String other) {
        assertThat(Makes.family(written)).contains(Makes.compact(other));
        assertThat(Makes.family(other)).isEqualTo(Makes.family(written));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "Kalashnikov | Norinco",
            "Beretta     | Bernardelli",
            "MAS         | MAC",
            "MAS         | MAT",
            "FN Herstal  | Browning",
            "Tokarev     | Makarov",
            "Khyber Pass | Kalashnikov" })
    void distinctMakesStayApart(String make, String other) {
        assertThat(Makes.family(make)).doesNotContain(Makes.compact(other));
        assertThat(Makes.family(other)).doesNotContain(Makes.compact(make));
    }

    @Test
    void aNameGivenToTwoMakesIsRefused() {
        assertThatThrownBy(() -> Makes.load("makes/name-in-two-makes.txt")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'ak' belongs to two makes");
    }

    @Test
    void theReferenceTableLoads() {
        assertThat(Makes.load(Makes.TABLE)).hasSizeGreaterThan(50);
    }
}
