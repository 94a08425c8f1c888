package org.g5sahel.pcms.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * An RFC 9457 problem, rendered and ready to send.
 *
 * @param type the problem type
 * @param language the language of {@code title} and {@code detail}
 * @param json the document: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance},
 *        {@code requestId}, {@code traceId}
 */
public record ProblemDocument(ProblemType type, Locale language, JsonObject json) {

    public int status() {
        return type.status();
    }

    public Buffer body() {
        return json.toBuffer();
    }
}
