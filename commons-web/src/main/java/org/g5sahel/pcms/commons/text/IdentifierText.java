package org.g5sahel.pcms.commons.text;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request's identifier, serial, make, name or reference (a {@code String}, or a {@code List<String>} of them):
 * its format characters (Unicode Cf: zero-width space, soft hyphen, bidirectional controls…) are removed as the JSON is
 * read, so that {@code "Gl\u200bock"} is stored, compared and shown as {@code "Glock"}. Not for free text (a narrative,
 * a message's body, a description): those keep what the sender wrote. See {@link Lookalikes}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonDeserialize(using = IdentifierTextDeserializer.class)
public @interface IdentifierText {}
