package org.g5sahel.pcms.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void typesAreStableUris() {
        assertThat(Arrays.stream(ProblemType.values()).map(type -> type.uri().toString())).containsExactlyInAnyOrder(
                "https://pcms.g5sahel.org/problems/bad-request",
                "https://pcms.g5sahel.org/problems/unauthenticated",
                "https://pcms.g5sahel.org/problems/forbidden",
                "https://pcms.g5sahel.org/problems/not-found",
                "https://pcms.g5sahel.org/problems/request-timeout",
                "https://pcms.g5sahel.org/problems/payload-too-large",
                "https://pcms.g5sahel.org/problems/rate-limited",
                "https://pcms.g5sahel.org/problems/internal-error",
                "https://pcms.g5sahel.org/problems/service-unavailable",
                "https://pcms.g5sahel.org/problems/upstream-timeout");
    }

    @Test
    void mapsFailedStatusesToTypes() {
        assertThat(ProblemType.forStatus(401)).isEqualTo(ProblemType.UNAUTHENTICATED);
        assertThat(ProblemType.forStatus(413)).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
        assertThat(ProblemType.forStatus(-1)).isEqualTo(ProblemType.INTERNAL_ERROR);
    }

    @Test
    void everyTypeHasFrenchAndEnglishTexts() {
        // The writer refuses to start when a bundle lacks a title or a detail.
        assertThatCode(ProblemWriter::new).doesNotThrowAnyException();
    }
}
