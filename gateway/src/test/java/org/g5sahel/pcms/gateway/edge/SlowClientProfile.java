package org.g5sahel.pcms.gateway.edge;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Time limits on slow clients short enough to reach in a test.
 */
public class SlowClientProfile implements QuarkusTestProfile {

    public static final int BODY_TIMEOUT_SECONDS = 1;
    public static final int IDLE_TIMEOUT_SECONDS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "pcms.gateway.request-timeouts.body", BODY_TIMEOUT_SECONDS + "s",
                "quarkus.http.idle-timeout", IDLE_TIMEOUT_SECONDS + "s");
    }
}
