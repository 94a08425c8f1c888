package org.g5sahel.pcms.commons.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.rest.Cursors;

/**
 * Operators see what was dead-lettered and replay it once the cause is fixed. They see envelopes (id, type, owner,
 * error), never the event data: administrators have no access to operational content.
 */
@Path("/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PCMS_ADMIN)
@Tag(name = "Operations")
public class DeadLetterResource {

    private final EventConsumers consumers;
    private final BrokerConnection broker;
    private final ObjectMapper objectMapper;

    public DeadLetterResource(EventConsumers consumers, BrokerConnection broker, ObjectMapper objectMapper) {
        this.consumers = consumers;
        this.broker = broker;
        this.objectMapper = objectMapper;
    }

    public record QueueState(String queue, long ready, long retrying, long deadLettered) {}

    public record DeadLetter(
            String messageId, String routingKey, String type, String ownerState, int attempts, String error) {}

    public record Replay(String queue, int replayed) {}

    @GET
    @Operation(summary = "Every consumer queue of this service with its retry and dead-letter counts")
    public List<QueueState> queues() throws IOException {
        List<QueueState> states = new ArrayList<>();
        try (Channel channel = broker.openChannel()) {
            for (EventHandler handler : consumers.handlers()) {
                consumers.declare(channel, handler);
                String queue = consumers.queueName(handler);
                states.add(new QueueState(
                        queue,
                        channel.messageCount(queue),
                        channel.messageCount(queue + ".retry"),
                        channel.messageCount(queue + ".dlq")));
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException(e);
        }
        return states;
    }

    @GET
    @Path("/{queue}")
    @Operation(summary = "Peek at dead-lettered events (envelopes only); they stay in the queue")
    public List<DeadLetter> peek(@PathParam("queue") String queue, @QueryParam("limit") Integer limit)
            throws IOException {
        String dlq = knownQueue(queue) + ".dlq";
        int size = Cursors.limit(limit);
        List<DeadLetter> letters = new ArrayList<>();
        // Unacknowledged gets return to the queue when the channel closes.
        try (Channel channel = broker.openChannel()) {
            for (int i = 0; i < size; i++) {
                GetResponse response = channel.basicGet(dlq, false);
                if (response == null) {
                    break;
                }
                letters.add(describe(response));
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException(e);
        }
        return letters;
    }

    @POST
    @Path("/{queue}/replay")
    @Operation(summary = "Move dead-lettered events back to their queue, attempts reset")
    public Replay replay(@PathParam("queue") String queue, @QueryParam("limit") Integer limit) throws IOException {
        String target = knownQueue(queue);
        int size = Cursors.limit(limit);
        int replayed = 0;
        try (Channel channel = broker.openChannel()) {
            channel.confirmSelect();
            for (; replayed < size; replayed++) {
                GetResponse response = channel.basicGet(target + ".dlq", false);
                if (response == null) {
                    break;
                }
                Map<String, Object> headers = new HashMap<>(
                        response.getProps().getHeaders() == null
                                ? Map.of()
                                : response.getProps().getHeaders());
                headers.remove(EventConsumers.ATTEMPT_HEADER);
                AMQP.BasicProperties properties = response.getProps()
                        .builder()
                        .headers(headers)
                        .expiration(null)
                        .build();
                channel.basicPublish("", target, properties, response.getBody());
                channel.waitForConfirmsOrDie(5_000);
                channel.basicAck(response.getEnvelope().getDeliveryTag(), false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException(e);
        }
        return new Replay(target, replayed);
    }

    private String knownQueue(String queue) {
        if (!consumers.queueNames().contains(queue)) {
            throw ProblemException.notFound();
        }
        return queue;
    }

    private DeadLetter describe(GetResponse response) {
        Map<String, Object> headers = response.getProps().getHeaders() == null
                ? Map.of()
                : response.getProps().getHeaders();
        String type = null;
        String ownerState = null;
        try {
            var json = objectMapper.readTree(response.getBody());
            type = json.path("type").asText(null);
            ownerState = json.path("ownerstate").asText(null);
        } catch (IOException e) {
            type = "unreadable";
        }
        return new DeadLetter(
                response.getProps().getMessageId(),
                String.valueOf(headers.get("x-pcms-routing-key")),
                type,
                ownerState,
                headers.get(EventConsumers.ATTEMPT_HEADER) instanceof Number n ? n.intValue() : 0,
                headers.get(EventConsumers.ERROR_HEADER) == null
                        ? null
                        : headers.get(EventConsumers.ERROR_HEADER).toString());
    }
}
