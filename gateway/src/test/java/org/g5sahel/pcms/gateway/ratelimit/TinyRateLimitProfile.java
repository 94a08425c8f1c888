package org.g5sahel.pcms.gateway.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A rate limit small enough to reach in a test: a burst of {@value #BURST} requests, then about one request every
 * 100 seconds.
 */
public class TinyRateLimitProfile implements QuarkusTestProfile {

    public static final int BURST = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "pcms.gateway.rate-limit.burst", String.valueOf(BURST),
                "pcms.gateway.rate-limit.requests-per-second", "0.01");
    }
}
