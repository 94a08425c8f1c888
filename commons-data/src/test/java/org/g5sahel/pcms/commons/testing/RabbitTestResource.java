package org.g5sahel.pcms.commons.testing;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Checks the machine's RabbitMQ is there and gives the tests their own exchange and queue prefix, apart from the local
 * run's {@code pcms.events}, and apart from another checkout's tests running beside them ({@link TestLane}). Init
 * argument {@code service}.
 */
public class RabbitTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String EXCHANGE = "pcms.test.events" + TestLane.suffix(".");

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", "service");
    }

    @Override
    public Map<String, String> start() {
        ConnectionFactory factory = factory();
        try (Connection connection = factory.newConnection("pcms-test-check")) {
            connection.createChannel().exchangeDeclare(EXCHANGE, "topic", true);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "RabbitMQ is needed at " + factory.getHost() + ":" + factory.getPort()
                            + " (start it: rabbitmq-server -detached): " + e.getMessage(),
                    e);
        }
        return Map.of(
                "pcms.broker.host",
                factory.getHost(),
                "pcms.broker.port",
                Integer.toString(factory.getPort()),
                "pcms.broker.exchange",
                EXCHANGE,
                "pcms.broker.queue-prefix",
                "test." + TestLane.prefix(".") + service);
    }

    /** What a service's queue is called in the tests ({@code test.[lane.]service.name}), for tests that read it. */
    public static String queueName(String service, String name) {
        return "test." + TestLane.prefix(".") + service + "." + name;
    }

    /** A connection factory for tests that read or write the broker directly. */
    public static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(System.getenv().getOrDefault("PCMS_TEST_AMQP_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(System.getenv().getOrDefault("PCMS_TEST_AMQP_PORT", "5672")));
        factory.setUsername("guest");
        factory.setPassword("guest");
        return factory;
    }

    @Override
    public void stop() {
        // queues are durable and prefixed "test."; each test purges what it reads
    }
}
