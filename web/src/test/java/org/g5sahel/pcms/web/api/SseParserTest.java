package org.g5sahel.pcms.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    @Test
    void eventsSplitAnywhereEvenInsideACharacterAreReadWhole() {
        List<String> events = new ArrayList<>();
        SseParser parser = new SseParser((name, data) -> events.add(name + "=" + data));
        byte[] stream = (": heartbeat\n\nevent: inbox-item\ndata: {\"title\":\"تنبيه\"}\n\ndata: a\ndata: b\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        for (byte b : stream) {
            parser.feed(Buffer.buffer(new byte[] {b}));
        }
        assertThat(events).containsExactly("inbox-item={\"title\":\"تنبيه\"}", "message=a\nb");
    }
}
