package org.g5sahel.pcms.commons.correlation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The keyed hashing of strong identifiers, identical in every service that holds them. */
@ConfigMapping(prefix = "pcms.correlation")
public interface CorrelationConfig {

    /**
     * Secret of the keyed hashes (HMAC-SHA-256): the same in every service and replica, kept for the life of the data
     * (a new key means re-hashing every identifier). The default is for development and tests only; the services that
     * hash identifiers require {@code PCMS_CORRELATION_KEY} in production.
     */
    @WithDefault("pcms-development-correlation-key-change-me")
    String key();
}
