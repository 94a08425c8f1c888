package org.g5sahel.pcms.gateway.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A rate limit small enough to reach in a test: a burst of {@value #BURST} requests, then about one request every
 * 100 seconds.
 */
public class TinyRateLimitProfile implements QuarkusTestProfile {

    public static final int BURST = 3;
    public static final int SCREENING_BURST = 5;
    /** A path of the fake upstream's route counted as screening. */
    public static final String SCREENING_PATH = "/api/directory/v1/screenings";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "pcms.gateway.rate-limit.burst",
                String.valueOf(BURST),
                "pcms.gateway.rate-limit.requests-per-second",
                "0.01",
                "pcms.gateway.rate-limit.screening.paths",
                SCREENING_PATH,
                "pcms.gateway.rate-limit.screening.burst",
                String.valueOf(SCREENING_BURST),
                "pcms.gateway.rate-limit.screening.requests-per-second",
                "0.01");
    }
}
