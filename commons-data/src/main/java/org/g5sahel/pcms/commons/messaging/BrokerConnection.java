package org.g5sahel.pcms.commons.messaging;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.g5sahel.pcms.commons.platform.PcmsConfig;

/**
 * The one AMQP connection of this process. It is opened lazily and reopened by whoever next needs it after a failure:
 * the outbox relay and the consumers retry on their own schedule, so a broker outage only delays events.
 */
@ApplicationScoped
public class BrokerConnection {

    private final PcmsConfig.Broker config;
    private Connection connection;

    public BrokerConnection(PcmsConfig config) {
        this.config = config.broker();
    }

    public String exchange() {
        return config.exchange();
    }

    /** A new channel on the (re)opened connection. */
    public synchronized Channel openChannel() throws IOException {
        if (connection == null || !connection.isOpen()) {
            connection = connect();
        }
        Channel channel = connection.createChannel();
        channel.exchangeDeclare(config.exchange(), "topic", true);
        return channel;
    }

    public synchronized boolean isOpen() {
        return connection != null && connection.isOpen();
    }

    private Connection connect() throws IOException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(config.host());
        factory.setPort(config.port());
        factory.setUsername(config.username());
        factory.setPassword(config.password());
        factory.setVirtualHost(config.virtualHost());
        factory.setConnectionTimeout((int) config.timeout().toMillis());
        // Recovery is ours: every user of the connection reopens it on its next attempt.
        factory.setAutomaticRecoveryEnabled(false);
        try {
            Connection opened = factory.newConnection("pcms");
            Log.infof("Connected to the broker at %s:%d", config.host(), config.port());
            return opened;
        } catch (TimeoutException e) {
            throw new IOException("Broker connection timed out", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null && connection.isOpen()) {
            // Closes every channel with it; waits for the broker no longer than the timeout, whatever happens.
            connection.abort((int) config.timeout().toMillis());
        }
    }
}
