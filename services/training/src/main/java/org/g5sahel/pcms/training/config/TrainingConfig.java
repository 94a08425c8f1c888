package org.g5sahel.pcms.training.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.nio.file.Path;

/** Settings of the training service. */
@ConfigMapping(prefix = "pcms.training")
public interface TrainingConfig {

    /**
     * Base URL of the directory service. The commons DirectoryClient reads it as {@code quarkus.rest-client.directory.url}
     * (application.properties); declared here so that the service's own key stays valid.
     */
    @WithDefault("http://localhost:8081")
    String directoryUrl();

    /** The completion rule. */
    Completion completion();

    /** Certificate signing. */
    Certificates certificates();

    interface Completion {
        /** Minimum share of the session's days attended (present or late) to complete it. */
        @WithDefault("0.80")
        BigDecimal minimumAttendance();
    }

    interface Certificates {
        /** PEM (PKCS#8) Ed25519 private key that signs certificates. */
        Path signingKey();

        /** PEM (X.509 SubjectPublicKeyInfo) Ed25519 public key that verifies them; published for offline checks. */
        Path verificationKey();

        /**
         * Generate the key pair when the files are missing: development and tests only. In production the keys are
         * mounted from a secret, and a missing key stops the service at start.
         */
        @WithDefault("false")
        boolean generateKey();
    }
}
