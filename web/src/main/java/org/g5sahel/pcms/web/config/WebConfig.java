package org.g5sahel.pcms.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Configuration of the console, under {@code pcms.web}. */
@ConfigMapping(prefix = "pcms.web")
public interface WebConfig {

    /**
     * The public API as every client reaches it: the gateway. The console holds no privilege of its own and calls it
     * with the officer's token only.
     */
    URI apiUrl();

    /** Longest wait for an answer of the API before the page says the service is unavailable. */
    @WithDefault("10s")
    Duration apiTimeout();

    /** The server-side session store. */
    Session session();

    interface Session {

        /**
         * AES-256 key (Base64, 32 bytes) that encrypts the tokens at rest in the {@code pcms_web} schema. Rotating it
         * signs every officer out.
         */
        String encryptionKey();

        /** A session unused for this long is gone, whatever its tokens say. */
        @WithDefault("30m")
        Duration idleTimeout();

        /** How often expired sessions are purged. */
        @WithDefault("5m")
        Duration purgeEvery();
    }
}
