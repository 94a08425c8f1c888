package org.g5sahel.pcms.commons.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The make reference table: the names of one make meet, distinct makes stay apart. */
class MakesTest {

    @ParameterizedTest(name = "{0} and {1}: one make = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Kalachnikov                          | Kalashnikov                   | true",
                "KALASHNIKOV                          | Izhmash                       | true",
                "AK-47                                | Kalachnikov                   | true",
                "ak                                   | Kalashnikov Concern           | true",
                "Fabrique Nationale                   | FN Herstal                    | true",
                "FN                                   | Fabrique nationale de Herstal | true",
                "H & K                                | Heckler & Koch                | true",
                "Heckler und Koch                     | HK                            | true",
                "Manufacture d'armes de Saint-Etienne | MAS                           | true",
                "Manufacture d’armes de Saint-Étienne | mas                           | true",
                "Pietro Beretta                       | BERETTA                       | true",
                "China North Industries Corporation   | Norinco                       | true",
                "Crvena Zastava                       | Zastava Arms                  | true",
                "TT-33                                | Tokarev                       | true",
                "Gl\u200Bock                          | GLOCK                         | true",
                "GL\u041ECK                           | Glock                         | true",
                "Khyber Pass Arms                     | khyber-pass arms              | true",
                "Kalashnikov                          | Norinco                       | false",
                "Beretta                              | Bernardelli                   | false",
                "MAS                                  | MAC                           | false",
                "MAS                                  | MAT                           | false",
                "FN Herstal                           | Browning                      | false",
                "Tokarev                              | Makarov                       | false",
                "Khyber Pass                          | Kalashnikov                   | false"
            })
    void namesOfOneMakeMeetAndDistinctMakesStayApart(String written, String other, boolean same) {
        assertThat(Makes.family(written).contains(Makes.compact(other))).isEqualTo(same);
        assertThat(Makes.family(other).contains(Makes.compact(written))).isEqualTo(same);
        assertThat(Makes.familyKey(written).equals(Makes.familyKey(other))).isEqualTo(same);
    }

    @Test
    void aNameGivenToTwoMakesIsRefused() {
        assertThatThrownBy(() -> Makes.load("correlation/name-in-two-makes.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'ak' belongs to two makes");
    }

    @Test
    void theReferenceTableLoads() {
        assertThat(Makes.load(Makes.TABLE)).hasSizeGreaterThan(50);
    }
}
