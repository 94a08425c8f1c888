package org.g5sahel.pcms.cases.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.g5sahel.pcms.cases.service.RegistryIndex;
import org.g5sahel.pcms.commons.correlation.IdentifierFeed;
import org.g5sahel.pcms.commons.correlation.PublishedIdentifiers;
import org.g5sahel.pcms.commons.messaging.CloudEvent;
import org.g5sahel.pcms.commons.messaging.EventHandler;

/**
 * Feeds the correlation index with every service's {@code <service>.identifiers.published} events, this service's own
 * included. Each is addressed to the record's owner (distribution {@code AGENCY}): the index reads it whatever its
 * envelope, and delivers nothing of it to anyone; what a match reveals goes out as its own events.
 */
@ApplicationScoped
public class IdentifierIndexConsumer implements EventHandler {

    private static final String SOURCE_PREFIX = "/pcms/";

    private final RegistryIndex index;
    private final ObjectMapper objectMapper;

    public IdentifierIndexConsumer(RegistryIndex index, ObjectMapper objectMapper) {
        this.index = index;
        this.objectMapper = objectMapper;
    }

    @Override
    public String queue() {
        return "identifier-index";
    }

    @Override
    public List<String> bindings() {
        return List.of("*." + IdentifierFeed.ENTITY + "." + IdentifierFeed.EVENT);
    }

    @Override
    @Transactional
    public void handle(CloudEvent event) {
        if (!event.source().startsWith(SOURCE_PREFIX)) {
            throw new IllegalArgumentException("identifiers published by an unknown source " + event.source());
        }
        PublishedIdentifiers published;
        try {
            published = objectMapper.treeToValue(event.data(), PublishedIdentifiers.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable identifiers: " + e.getOriginalMessage(), e);
        }
        if (published.recordId() == null
                || published.recordType() == null
                || published.reference() == null
                || event.time() == null) {
            // The time orders a record's successive publications.
            throw new IllegalArgumentException("identifiers published without their record or time");
        }
        index.apply(
                event.source().substring(SOURCE_PREFIX.length()),
                event.ownerstate(),
                event.owneragency(),
                published,
                event.time().toInstant());
    }
}
