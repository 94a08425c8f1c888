package org.g5sahel.pcms.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.g5sahel.pcms.commons.problem.ProblemMessages;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The gateway's problems are the platform's types, with the gateway's details in every language. */
class ProblemTypeTest {

    /** Every detail the gateway sends: its types, and the variants its handlers name. */
    private static final List<String> DETAIL_KEYS = List.of(
            ProblemWriter.detailKey(ProblemType.UNAUTHENTICATED, null),
            ProblemWriter.detailKey(ProblemType.FORBIDDEN, null),
            ProblemWriter.detailKey(ProblemType.NOT_FOUND, null),
            ProblemWriter.detailKey(ProblemType.REQUEST_TIMEOUT, null),
            ProblemWriter.detailKey(ProblemType.PAYLOAD_TOO_LARGE, null),
            ProblemWriter.detailKey(ProblemType.PAYLOAD_TOO_LARGE, "service"),
            ProblemWriter.detailKey(ProblemType.RATE_LIMITED, null),
            ProblemWriter.detailKey(ProblemType.RATE_LIMITED, "in-flight"),
            ProblemWriter.detailKey(ProblemType.INTERNAL_ERROR, null),
            ProblemWriter.detailKey(ProblemType.SERVICE_UNAVAILABLE, null),
            ProblemWriter.detailKey(ProblemType.SERVICE_UNAVAILABLE, "circuit-open"),
            ProblemWriter.detailKey(ProblemType.SERVICE_UNAVAILABLE, "gateway-busy"),
            ProblemWriter.detailKey(ProblemType.SERVICE_UNAVAILABLE, "invalid-document"),
            ProblemWriter.detailKey(ProblemType.UPSTREAM_TIMEOUT, null),
            ProblemWriter.detailKey(ProblemType.MALFORMED_REQUEST, null));

    @Test
    void mapsFailedStatusesToTypes() {
        assertThat(ProblemFailureHandler.forStatus(400)).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(ProblemFailureHandler.forStatus(401)).isEqualTo(ProblemType.UNAUTHENTICATED);
        assertThat(ProblemFailureHandler.forStatus(405)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemFailureHandler.forStatus(413)).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
        assertThat(ProblemFailureHandler.forStatus(504)).isEqualTo(ProblemType.UPSTREAM_TIMEOUT);
        assertThat(ProblemFailureHandler.forStatus(-1)).isEqualTo(ProblemType.INTERNAL_ERROR);
    }

    @Test
    void aMalformedRequestReadsAsAServicesDoes() {
        assertThat(ProblemType.MALFORMED_REQUEST.uri().toString())
                .isEqualTo("https://pcms.g5sahel.org/problems/malformed-request");
        assertThat(ProblemMessages.message(
                        ProblemWriter.detailKey(ProblemType.MALFORMED_REQUEST, null), Locale.ENGLISH))
                .isEqualTo(ProblemMessages.message("malformed-request.detail", Locale.ENGLISH))
                .isEqualTo("The request could not be read.");
    }

    @Test
    void everyDetailHasFrenchEnglishAndArabicTexts() {
        for (Locale language : ProblemMessages.SUPPORTED) {
            for (String key : DETAIL_KEYS) {
                // A missing message renders as its key.
                assertThat(ProblemMessages.message(key, language))
                        .as("%s in %s", key, language)
                        .isNotEqualTo(key);
            }
        }
    }
}
