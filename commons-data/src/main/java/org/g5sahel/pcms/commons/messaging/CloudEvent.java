package org.g5sahel.pcms.commons.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode, with the platform's extensions: the owner and distribution of the
 * record it is about (so that no consumer delivers it beyond), and the W3C trace context.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String ownerstate,
        String owneragency,
        String distribution,
        String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String MEDIA_TYPE = "application/cloudevents+json";
}
