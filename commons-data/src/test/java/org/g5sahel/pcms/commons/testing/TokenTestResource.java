package org.g5sahel.pcms.commons.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service's OIDC verification at the {@link TestTokens} key instead of Keycloak. */
public class TokenTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.public-key",
                TestTokens.publicKey(),
                "quarkus.oidc.token.issuer",
                TestTokens.ISSUER,
                "quarkus.oidc.auth-server-url",
                "",
                "quarkus.oidc.discovery-enabled",
                "false");
    }

    @Override
    public void stop() {
        // nothing to release: the key pair lives as long as the test JVM
    }
}
