package org.g5sahel.pcms.commons.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an {@link IdentifierText} property with the mapper's own deserializer for its type (so every rule of the
 * mapper, such as the refusal of NUL characters, still holds), then removes the format characters of the string, or
 * of each string of a list.
 */
public final class IdentifierTextDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {

    private final JsonDeserializer<?> delegate;

    /** The instance Jackson creates from the annotation, before it is given its property. */
    public IdentifierTextDeserializer() {
        this(String.class, null);
    }

    private IdentifierTextDeserializer(Class<?> type, JsonDeserializer<?> delegate) {
        super(type);
        this.delegate = delegate;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JavaType type = property == null ? context.constructType(String.class) : property.getType();
        boolean strings = type.hasRawClass(String.class)
                || type.hasRawClass(List.class) && type.getContentType().hasRawClass(String.class);
        if (!strings) {
            return context.reportBadDefinition(type, "@IdentifierText applies to a String or a List<String>");
        }
        return new IdentifierTextDeserializer(
                type.getRawClass(), context.findContextualValueDeserializer(type, property));
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Object value = delegate.deserialize(parser, context);
        if (value instanceof List<?> texts) {
            List<String> cleaned = new ArrayList<>(texts.size());
            texts.forEach(text -> cleaned.add(Lookalikes.removeFormatCharacters((String) text)));
            return cleaned;
        }
        return Lookalikes.removeFormatCharacters((String) value);
    }
}
