package org.g5sahel.pcms.commons.sovereignty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** Rule 1 (who may change sharing) and the consistency of sharing terms, without any database. */
class SovereigntyRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Caller OWNER = caller("NE", "NE-OCRTIS", "investigator");

    @Test
    void defaultsComeFromTheKindOfRecord() {
        Sovereignty sovereignty = Sovereignty.ownedBy(OWNER, null, Distribution.AGENCY, Period.ofYears(10), TODAY);
        assertThat(sovereignty.ownerState()).isEqualTo("NE");
        assertThat(sovereignty.ownerAgency()).isEqualTo("NE-OCRTIS");
        assertThat(sovereignty.distribution()).isEqualTo(Distribution.AGENCY);
        assertThat(sovereignty.reviewBy()).isEqualTo(LocalDate.of(2036, 11, 29));
        assertThat(sovereignty.handlingCode()).isEqualTo(HandlingCode.H0);
    }

    @Test
    void onlyTheOwnerAgencyOrItsNationalCoordinatorChangeSharing() {
        Sovereignty sovereignty = Sovereignty.ownedBy(OWNER, null, Distribution.NATIONAL, Period.ofYears(5), TODAY);
        SharingTerms wider = SharingTerms.of(Distribution.G5);
        for (Caller outsider : List.of(
                caller("NE", "NE-POLICE", "investigator"),
                caller("ML", "ML-UNC", "national-coordinator"),
                caller("G5", "G5-URC", "regional-coordinator"),
                caller("G5", "G5-OPS", "pcms-admin"))) {
            assertThatThrownBy(() -> sovereignty.changeSharing(outsider, wider))
                    .isInstanceOf(ProblemException.class)
                    .extracting(e -> ((ProblemException) e).type())
                    .isEqualTo(ProblemType.SHARING_CHANGE_FORBIDDEN);
        }
        sovereignty.changeSharing(caller("NE", "NE-UNC", "national-coordinator"), wider);
        assertThat(sovereignty.distribution()).isEqualTo(Distribution.G5);
        sovereignty.changeSharing(OWNER, SharingTerms.of(Distribution.AGENCY));
        assertThat(sovereignty.distribution()).isEqualTo(Distribution.AGENCY);
    }

    @Test
    void inconsistentTermsAreRefused() {
        Sovereignty sovereignty = Sovereignty.ownedBy(OWNER, null, Distribution.AGENCY, Period.ofYears(5), TODAY);
        assertThatThrownBy(() -> sovereignty.changeSharing(OWNER, SharingTerms.of(Distribution.SELECTED)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> sovereignty.changeSharing(OWNER, SharingTerms.of(Distribution.PARTNERS, "ML")))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> sovereignty.changeSharing(OWNER, SharingTerms.of(Distribution.SELECTED, "XX")))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> sovereignty.changeSharing(
                        OWNER,
                        new SharingTerms(Distribution.AGENCY, null, HandlingCode.H3, " ", null, null, null, null)))
                .isInstanceOf(ProblemException.class);
        assertThat(sovereignty.distribution()).isEqualTo(Distribution.AGENCY);
    }

    @Test
    void recipientsOnlyCountForSelectedAndPartners() {
        Sovereignty sovereignty = Sovereignty.ownedBy(
                OWNER,
                SharingTerms.of(Distribution.SELECTED, "ML", "BF-CT", "ML"),
                Distribution.AGENCY,
                Period.ofYears(5),
                TODAY);
        assertThat(sovereignty.sharedWith()).containsExactly("BF-CT", "ML");
        sovereignty.changeSharing(OWNER, SharingTerms.of(Distribution.G5, "ML"));
        assertThat(sovereignty.sharedWith()).isEmpty();
    }

    @Test
    void partnersOwnNothing() {
        assertThatThrownBy(() -> Sovereignty.ownedBy(
                        caller("INTERPOL", "INTERPOL-GS", "partner-system"),
                        null,
                        Distribution.AGENCY,
                        Period.ofYears(5),
                        TODAY))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aGrantLeavesTheOwnersSharingAsItWas() {
        Sovereignty sovereignty = Sovereignty.ownedBy(OWNER, null, Distribution.NATIONAL, Period.ofYears(5), TODAY);
        sovereignty.grantTo("ML-OCS");
        sovereignty.grantTo("ML-OCS");
        assertThat(sovereignty.distribution()).isEqualTo(Distribution.NATIONAL);
        assertThat(sovereignty.sharedWith()).isEmpty();
        assertThat(sovereignty.grantedTo()).containsExactly("ML-OCS");
        sovereignty.withdrawGrant("ML-OCS");
        assertThat(sovereignty.grantedTo()).isEmpty();
    }

    private static Caller caller(String state, String agency, String role) {
        return new Caller("sub-" + agency, agency.toLowerCase(), state, agency, Set.of(role));
    }
}
