package org.g5sahel.pcms.commons.revocation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a revocation is remembered. */
@ConfigMapping(prefix = "pcms.revocation")
public interface RevocationConfig {

    /**
     * The realm's access-token lifespan: a token issued before a revocation has expired this long after it, so the
     * entry can go.
     */
    @WithDefault("PT5M")
    Duration tokenLifespan();
}
