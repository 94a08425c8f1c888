package org.g5sahel.pcms.commons.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One counter per State, kind and year, taken in the creating transaction. */
@QuarkusTest
class ReferenceNumbersTest {

    @Inject
    ReferenceNumbers referenceNumbers;

    @Test
    void eachStateKindAndYearCountsFromOneWithoutGaps() {
        // A kind of this run's own, so that counters left by earlier runs do not matter.
        String kind = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Year year = Year.of(2026);
        assertThat(next("NE", kind, year)).isEqualTo("NE-" + kind + "-2026-000001");
        assertThat(next("NE", kind, year)).isEqualTo("NE-" + kind + "-2026-000002");
        assertThat(next("ML", kind, year)).isEqualTo("ML-" + kind + "-2026-000001");
        assertThat(next("NE", kind, Year.of(2027))).isEqualTo("NE-" + kind + "-2027-000001");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    referenceNumbers.next("NE", kind, year);
                    throw new IllegalStateException("creation refused");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(next("NE", kind, year))
                .as("a rolled-back creation gives its number back")
                .isEqualTo("NE-" + kind + "-2026-000003");
    }

    private String next(String state, String kind, Year year) {
        return QuarkusTransaction.requiringNew().call(() -> referenceNumbers.next(state, kind, year));
    }
}
