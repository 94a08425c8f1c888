package org.g5sahel.pcms.commons.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Platform settings shared by every service. */
@ConfigMapping(prefix = "pcms")
public interface PcmsConfig {

    /** The service this process is. */
    Service service();

    /** The RabbitMQ broker that carries the platform's events. */
    Broker broker();

    /** The transactional outbox relay. */
    Outbox outbox();

    /** Event consumption. */
    Consumer consumer();

    /** The audit log. */
    Audit audit();

    /** The retention review. */
    Review review();

    /**
     * The member States, ISO 3166-1 alpha-2 codes ({@code META-INF/microprofile-config.properties}: the five of the
     * G5 Sahel). Read through {@code Jurisdictions}, which the sovereignty rules call outside CDI; named here so that
     * the setting belongs to the platform's configuration and a service without it does not start.
     */
    List<String> memberStates();

    interface Service {
        /** Short service name: CloudEvents source {@code /pcms/<name>}, routing keys {@code <name>.<entity>.<event>}. */
        String name();
    }

    interface Broker {
        /** Broker host. */
        @WithDefault("127.0.0.1")
        String host();

        /** AMQP port. */
        @WithDefault("5672")
        int port();

        /** User name. */
        @WithDefault("guest")
        String username();

        /** Password (from a Secret outside development). */
        @WithDefault("guest")
        String password();

        /** Virtual host. */
        @WithDefault("/")
        String virtualHost();

        /** The topic exchange every service publishes to. Tests use their own so they never meet the local run's. */
        @WithDefault("pcms.events")
        String exchange();

        /** Prefix of this service's queues; defaults to the service name. */
        java.util.Optional<String> queuePrefix();

        /** Queue type of consumer queues: {@code classic} on one node, {@code quorum} on a cluster. */
        @WithDefault("classic")
        String queueType();

        /** How long to wait for a TCP connection and for publisher confirms. */
        @WithDefault("5s")
        Duration timeout();
    }

    interface Outbox {
        /** How often the relay looks for unsent events (it is also woken after each commit that wrote one). */
        @WithDefault("1s")
        Duration interval();

        /** Events published per transaction. */
        @WithDefault("200")
        int batchSize();

        /** How long sent events are kept for operators before being purged. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Consumer {
        /** Deliveries of one event before it is dead-lettered. */
        @WithDefault("5")
        int maxAttempts();

        /** Delay before the first retry; doubled at each further attempt. */
        @WithDefault("1s")
        Duration initialBackoff();

        /** Unacknowledged deliveries per consumer. */
        @WithDefault("20")
        int prefetch();

        /**
         * How long the broker keeps a queue of one instance's own ({@code EventHandler#everyInstance}) once nothing
         * uses it: the instance is gone (it would name a new queue when started again).
         */
        @WithDefault("10m")
        Duration instanceQueueExpiry();
    }

    interface Audit {
        /**
         * Refused attempts waiting to be audited (written off the request's path); past it new ones are dropped and
         * counted. One attempt is a few hundred bytes.
         */
        @WithDefault("10000")
        int refusedAttemptsQueue();

        /** How often waiting refused attempts are written to the audit log. */
        @WithDefault("1s")
        Duration refusedAttemptsInterval();
    }

    interface Review {
        /**
         * How often owners are told of records whose review date nears or has passed ({@code review/Reviews}): a
         * duration such as {@code 1h}, or {@code off} (the tests, which call it with the day they choose).
         */
        @WithDefault("1h")
        String check();
    }
}
