package org.g5sahel.pcms.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses a JSON string holding the NUL character (U+0000), which PostgreSQL cannot store in text: read as malformed
 * input (400) by every service, rather than failing at the database (500) after part of the work was done.
 */
@Singleton
public class NoNulCharacters implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("pcms-no-nul").addDeserializer(String.class, new Deserializer()));
    }

    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, value, "NUL character not allowed");
            }
            return value;
        }
    }
}
