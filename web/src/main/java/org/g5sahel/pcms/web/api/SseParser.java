package org.g5sahel.pcms.web.api;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Reads a text/event-stream as it arrives in chunks (which may split a line anywhere): an event ends at a blank line;
 * comments ({@code :}) and ids are dropped.
 */
final class SseParser {

    private final BiConsumer<String, String> onEvent;
    /** Bytes of an unfinished line: a chunk may end inside a UTF-8 character, never inside a line feed. */
    private Buffer pending = Buffer.buffer();

    private String name = "message";
    private final StringBuilder data = new StringBuilder();

    SseParser(BiConsumer<String, String> onEvent) {
        this.onEvent = onEvent;
    }

    void feed(Buffer chunk) {
        pending.appendBuffer(chunk);
        int start = 0;
        for (int i = 0; i < pending.length(); i++) {
            if (pending.getByte(i) == '\n') {
                String line = pending.getString(start, i, StandardCharsets.UTF_8.name());
                line(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                start = i + 1;
            }
        }
        pending = pending.getBuffer(start, pending.length());
    }

    private void line(String line) {
        if (line.isEmpty()) {
            if (data.length() > 0) {
                onEvent.accept(name, data.toString());
            }
            name = "message";
            data.setLength(0);
        } else if (line.startsWith("event:")) {
            name = line.substring("event:".length()).strip();
        } else if (line.startsWith("data:")) {
            if (data.length() > 0) {
                data.append('\n');
            }
            data.append(line.substring("data:".length()).stripLeading());
        }
    }
}
