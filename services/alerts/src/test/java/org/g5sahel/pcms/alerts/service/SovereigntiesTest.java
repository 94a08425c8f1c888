package org.g5sahel.pcms.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.junit.jupiter.api.Test;

/** The envelope of another service's event becomes a notification's sovereignty, never wider than the source. */
class SovereigntiesTest {

    @Test
    void aSelectedEventWithoutItsRecipientsReachesTheOwningStateOnly() {
        Sovereignty envelope =
                Sovereignties.ofEvent("ML", "ML-CT", Distribution.SELECTED, null, Period.ofYears(5), LocalDate.now());
        assertThat(envelope.distribution()).isEqualTo(Distribution.SELECTED);
        assertThat(envelope.sharedWith()).containsExactly("ML");
        assertThat(envelope.ownerAgency()).isEqualTo("ML-CT");
    }

    @Test
    void aSelectedEventWithItsRecipientsKeepsThem() {
        Sovereignty envelope = Sovereignties.ofEvent(
                "ML", "ML-CT", Distribution.SELECTED, List.of("NE-OCRTIS"), Period.ofYears(5), LocalDate.now());
        assertThat(envelope.sharedWith()).containsExactly("NE-OCRTIS");
    }
}
