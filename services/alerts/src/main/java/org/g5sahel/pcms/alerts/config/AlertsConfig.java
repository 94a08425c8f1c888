package org.g5sahel.pcms.alerts.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the alerts service. */
@ConfigMapping(prefix = "pcms.alerts")
public interface AlertsConfig {

    /** Base URL of the directory service, asked for an agency's 24/7 desk when a hit is hidden from the screener. */
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

    interface Screening {
        /** Score from which a candidate is reported as a hit (0–1). */
        @WithDefault("0.80")
        double threshold();

        /** Travellers or containers per request. */
        @WithDefault("1000")
        int maxBatch();

        /**
         * How often entries without screening keys of the current version (loaded with SQL, keyed under another
         * romanisation table) are looked for and keyed; first 5 s after start-up ({@code off} in tests, which call the
         * worker themselves). Until keyed, such an entry is a candidate of every screening.
         */
        @WithDefault("10s")
        String keysInterval();
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
