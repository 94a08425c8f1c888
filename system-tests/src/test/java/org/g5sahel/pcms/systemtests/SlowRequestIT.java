package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The slow-body attack of the attack probe, through the real gateway: one user opens many case creations declaring a
 * large body and sends it a byte a second. Before the fix they filled the gateway's connections to the cases service,
 * other users got 504, then the breaker opened and everyone got 503. Now the attacker gets 429 past his cap on requests
 * in flight, and the others are served.
 */
class SlowRequestIT {

    private static final String CASES = Platform.GATEWAY + "/api/cases/v1/cases";
    /** As many as the probe sent: more than the gateway's pool to a service (50). */
    private static final int SLOW_REQUESTS = 55;
    /** The gateway's default cap on one caller's requests in flight. */
    private static final int IN_FLIGHT_PER_CALLER = 8;

    private static final Duration BOUND = Duration.ofMinutes(2);

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void slowBodiesOfOneUserLeaveTheCasesServiceToTheOthers() throws Exception {
        String attacker = Tokens.of("ml-investigator");
        String other = Tokens.of("ne-investigator");
        URI gateway = URI.create(Platform.GATEWAY);
        List<Socket> sockets = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean attacking = new AtomicBoolean(true);
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            for (int request = 0; request < SLOW_REQUESTS; request++) {
                Socket socket = new Socket(gateway.getHost(), gateway.getPort());
                socket.setSoTimeout((int) BOUND.toMillis());
                socket.getOutputStream()
                        .write(("POST /api/cases/v1/cases HTTP/1.1\r\nHost: " + gateway.getAuthority()
                                        + "\r\nAuthorization: Bearer " + attacker
                                        + "\r\nContent-Type: application/json\r\n"
                                        + "Content-Length: 100000\r\n\r\n{")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                sockets.add(socket);
                threads.submit(() -> {
                    if (statusLine(socket).startsWith("HTTP/1.1 429")) {
                        refused.incrementAndGet();
                    }
                });
            }
            threads.submit(() -> dribble(sockets, attacking));

            // Every request past the attacker's cap is refused at once; the others hold a connection each.
            await().atMost(BOUND).until(() -> refused.get() >= SLOW_REQUESTS - IN_FLIGHT_PER_CALLER);

            for (int request = 0; request < 20; request++) {
                given().config(Platform.BOUNDED)
                        .auth()
                        .oauth2(other)
                        .get(CASES)
                        .then()
                        .statusCode(200);
            }
            given().config(Platform.BOUNDED)
                    .auth()
                    .oauth2(other)
                    .contentType(ContentType.JSON)
                    .body("{\"title\":\"Filière de carburant Diffa\",\"threats\":[\"DRUG_TRAFFICKING\"]}")
                    .post(CASES)
                    .then()
                    .statusCode(201);
            given().config(Platform.BOUNDED)
                    .get(Platform.GATEWAY + "/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.data?.cases != null }.data.cases", equalTo("circuit closed"));
        } finally {
            attacking.set(false);
            threads.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    /** A byte a second on every attacking connection still open. */
    private static void dribble(List<Socket> sockets, AtomicBoolean attacking) {
        while (attacking.get()) {
            for (Socket socket : List.copyOf(sockets)) {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    // Refused and closed by the gateway: nothing more to send there.
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    /** The first line the gateway sends back on this connection, or "" if it sends none. */
    private static String statusLine(Socket socket) {
        StringBuilder line = new StringBuilder();
        try {
            InputStream in = socket.getInputStream();
            int next;
            while ((next = in.read()) >= 0 && next != '\n') {
                line.append((char) next);
            }
        } catch (IOException closed) {
            // No answer before the connection ended.
        }
        return line.toString();
    }
}
