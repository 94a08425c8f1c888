package org.g5sahel.pcms.commons.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.junit.jupiter.api.Test;

/** The order of sharing terms a review may only go down: who the new terms reach, the old ones reached. */
class NarrowingTest {

    private static final Caller OWNER = new Caller("sub", "awa", "NE", "NE-OCRTIS", Set.of("investigator"));

    @Test
    void partnersNarrowToFewerPartnersOrToTheG5() {
        Sovereignty allPartners = terms(Distribution.PARTNERS);
        assertThat(Narrowing.narrows(allPartners, Distribution.PARTNERS, List.of("INTERPOL")))
                .isTrue();
        assertThat(Narrowing.narrows(allPartners, Distribution.G5, List.of())).isTrue();
        assertThat(Narrowing.narrows(allPartners, Distribution.SELECTED, List.of("ML", "INTERPOL-GS")))
                .isTrue();

        Sovereignty interpolOnly = terms(Distribution.PARTNERS, "INTERPOL");
        assertThat(Narrowing.narrows(interpolOnly, Distribution.PARTNERS, List.of()))
                .isFalse();
        assertThat(Narrowing.narrows(interpolOnly, Distribution.PARTNERS, List.of("UNODC")))
                .isFalse();
        assertThat(Narrowing.narrows(interpolOnly, Distribution.SELECTED, List.of("UNODC")))
                .isFalse();
        assertThat(Narrowing.narrows(interpolOnly, Distribution.SELECTED, List.of("INTERPOL-GS", "BF")))
                .isTrue();
    }

    @Test
    void aSelectionNarrowsToItsOwnRecipientsAndTheOwnerState() {
        Sovereignty selected = terms(Distribution.SELECTED, "ML", "BF-CT");
        assertThat(Narrowing.narrows(selected, Distribution.SELECTED, List.of("ML-OCS", "NE-POLICE")))
                .isTrue();
        assertThat(Narrowing.narrows(selected, Distribution.SELECTED, List.of("BF")))
                .isFalse();
        assertThat(Narrowing.narrows(selected, Distribution.NATIONAL, List.of()))
                .isTrue();
        assertThat(Narrowing.narrows(selected, Distribution.G5, List.of())).isFalse();
        assertThat(Narrowing.narrows(terms(Distribution.AGENCY), Distribution.NATIONAL, List.of()))
                .isFalse();
        assertThat(Narrowing.narrows(terms(Distribution.AGENCY), Distribution.AGENCY, List.of()))
                .isTrue();
    }

    private static Sovereignty terms(Distribution distribution, String... sharedWith) {
        return Sovereignty.ownedBy(
                OWNER,
                SharingTerms.of(distribution, sharedWith),
                Distribution.AGENCY,
                Period.ofYears(5),
                LocalDate.of(2026, 1, 1));
    }
}
