package org.g5sahel.pcms.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every service, from its OpenAPI, called directly (not through the gateway: the service must
 * hold on its own) by every kind of caller. A caller without the operation's role is refused before anything is read
 * or written — 401 without a token, 403 with one — and the refusal is a problem that carries nothing of a record; a
 * caller with the role is never refused as unauthenticated and never meets a 500, whatever the (unknown) record.
 */
class AuthorizationMatrixIT {

    private static List<OpenApi.Operation> operations;
    private static List<Callers.Caller> callers;

    @BeforeAll
    static void platform() {
        Platform.get();
        operations = OpenApi.operations();
        callers = Callers.all();
    }

    @Test
    void everyOperationRefusesEveryCallerWithoutItsRoleAndNeverFails() throws Exception {
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unauthenticated = new AtomicInteger();
        AtomicInteger forbidden = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> cells = new ArrayList<>();
        for (OpenApi.Operation operation : operations) {
            for (Callers.Caller caller : callers) {
                if (operation.streaming() && caller.mayCall(operation)) {
                    // An allowed caller's stream stays open: its refusals are what this matrix checks.
                    continue;
                }
                cells.add(pool.submit(() -> {
                    Response response = call(operation, caller);
                    int status = response.statusCode();
                    String cell = operation.service() + " " + operation + " as " + caller.kind() + ": " + status;
                    if (status >= 500) {
                        violations.add(cell + " (server error)");
                    }
                    if (status >= 400
                            && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        violations.add(cell + " (not problem+json)");
                    }
                    if (response.asString().matches("(?s).*(Exception|\\bat [a-z]+\\.[a-z]+\\.).*")) {
                        violations.add(cell + " (internals in the body)");
                    }
                    if (caller.token() == null && !operation.publicPath()) {
                        unauthenticated.incrementAndGet();
                        if (status != 401) {
                            violations.add(cell + " (expected 401)");
                        }
                    } else if (caller.token() != null && !caller.mayCall(operation)) {
                        forbidden.incrementAndGet();
                        if (status != 403) {
                            violations.add(cell + " (expected 403 for roles " + caller.roles() + ")");
                        }
                    } else {
                        served.incrementAndGet();
                        if (status == 401) {
                            violations.add(cell + " (a caller with the role refused as unauthenticated)");
                        }
                    }
                }));
            }
        }
        for (Future<?> cell : cells) {
            cell.get();
        }
        pool.shutdown();
        System.out.printf(
                "Authorization matrix: %d operations × %d callers = %d cells; %d anonymous refusals, "
                        + "%d role refusals, %d served; %d violations%n",
                operations.size(),
                callers.size(),
                cells.size(),
                unauthenticated.get(),
                forbidden.get(),
                served.get(),
                violations.size());
        assertThat(operations).hasSizeGreaterThan(100);
        assertThat(violations).isEmpty();
    }

    /**
     * A minimal body of the operation's own media type: refusals must come before the body is even read. (With
     * another media type the service answers 415 before it looks at the caller, which tells nothing the published
     * OpenAPI does not.)
     */
    static Response call(OpenApi.Operation operation, Callers.Caller caller) {
        RequestSpecification request =
                given().config(Platform.BOUNDED).redirects().follow(false);
        if (caller.token() != null) {
            request.auth().oauth2(caller.token());
        }
        if (operation.requestBody() != null) {
            String mediaType =
                    operation.requestBody().path("content").fieldNames().next();
            String body = mediaType.contains("json") ? "{}" : mediaType.contains("xml") ? "<empty/>" : "";
            request.contentType(mediaType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.request(operation.method().toUpperCase(java.util.Locale.ROOT), operation.directUrl());
    }
}
