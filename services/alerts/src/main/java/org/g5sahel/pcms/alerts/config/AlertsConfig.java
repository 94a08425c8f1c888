package org.g5sahel.pcms.alerts.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalDouble;

/** Settings of the alerts service. */
@ConfigMapping(prefix = "pcms.alerts")
public interface AlertsConfig {

    /**
     * Base URL of the directory service. The commons DirectoryClient reads it as {@code quarkus.rest-client.directory.url}
     * (application.properties); declared here so that the service's own key stays valid.
     */
    @WithDefault("http://localhost:8081")
    String directoryUrl();

    /** Screening. */
    Screening screening();

    /** Acknowledgement and escalation of IMMEDIATE alerts. */
    Escalation escalation();

    /** Partner webhooks. */
    Webhooks webhooks();

    /** The live stream. */
    Stream stream();

    /** CAP import. */
    Cap cap();

    interface Cap {
        /**
         * Whether a message validly signed by a certificate that is not on the trust list is refused. Off by default:
         * it is imported and shown "signed by a signer not on the trust list".
         */
        @WithDefault("false")
        boolean refuseUntrustedSigners();

        /** Largest CAP message accepted, in bytes (inline resources make real messages large). */
        @WithDefault("5000000")
        int maxBytes();
    }

    interface Stream {
        /**
         * How often an idle stream sends a heartbeat comment: under the gateway's 30 s idle timeout (and proxies'),
         * so that a quiet stream is not cut, and a client sees a dead one.
         */
        @WithDefault("15s")
        Duration heartbeat();
    }

    /**
     * When a traveller or a company is a hit: the thresholds of the matching engine's {@code Policy}, each
     * {@code Policy.STANDARD}'s when not set. A document in common is a hit on its own.
     */
    interface Screening {
        /** Name score needed with no date of birth on either side (0–1]. */
        OptionalDouble nameAlone();

        /** Name score needed when the dates of birth are the same. */
        OptionalDouble withBirthDate();

        /** Name score needed when the years of birth are the same (one side gives only a year). */
        OptionalDouble withYearOfBirth();

        /** Name score needed despite a different date of birth. */
        OptionalDouble despiteBirthDate();
    }

    interface Escalation {
        /** How long a recipient agency has to acknowledge an IMMEDIATE alert before its national coordinator is told. */
        @WithDefault("PT30M")
        Duration immediateAcknowledgeWithin();

        /** Suffix of the agency code of a State's national unit ({@code NE} + {@code -UNC}). */
        @WithDefault("UNC")
        String nationalUnitSuffix();

        /** How often overdue notifications are looked for ({@code off} in tests, which call the worker themselves). */
        @WithDefault("1m")
        String interval();
    }

    interface Webhooks {
        /** Delivery attempts before a delivery is dead-lettered. */
        @WithDefault("5")
        int maxAttempts();

        /** Delay before the second attempt; doubled at each further one. */
        @WithDefault("PT30S")
        Duration initialBackoff();

        /** Connect and response timeout of one attempt. */
        @WithDefault("PT10S")
        Duration timeout();

        /** How often due deliveries are sent ({@code off} in tests, which call the worker themselves). */
        @WithDefault("5s")
        String interval();
    }
}
