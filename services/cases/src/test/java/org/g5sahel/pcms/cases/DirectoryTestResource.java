package org.g5sahel.pcms.cases;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The directory's {@code GET /api/directory/v1/agencies/{code}} over real HTTP on a free port, for the agencies of its
 * reference data the tests address (every State's usual services, the regional unit, the three partners) and one
 * deactivated agency, {@code TD-DISSOUS}; 401 without a bearer token (the service must pass its caller's on), 404 for
 * any other code.
 */
public class DirectoryTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DEACTIVATED = "TD-DISSOUS";
    private static final String PATH = "/api/directory/v1/agencies/";

    private final Map<String, String> agencies = new HashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        for (String state : List.of("BF", "ML", "MR", "NE", "TD")) {
            for (String service : List.of("UNC", "CT", "DRUGS", "POLICE", "GENDARMERIE", "NCB", "CUSTOMS", "FIU")) {
                agencies.put(state + "-" + service, view(state + "-" + service, state, "POLICE", "ACTIVE"));
            }
        }
        agencies.put("NE-OCRTIS", view("NE-OCRTIS", "NE", "DRUG_CONTROL", "ACTIVE"));
        // A 24/7 desk, which a cross-registry match names.
        agencies.put(
                "ML-POLICE",
                view("ML-POLICE", "ML", "POLICE", "ACTIVE")
                        .replace(
                                "\"version\"",
                                "\"deskPhone\":\"+223 20 22 00 00\",\"deskHours\":\"24/7\",\"version\""));
        agencies.put("G5-URC", view("G5-URC", "G5", "REGIONAL_UNIT", "ACTIVE"));
        agencies.put("INTERPOL-GS", view("INTERPOL-GS", "INTERPOL", "PARTNER", "ACTIVE"));
        agencies.put("UNODC-ROSEN", view("UNODC-ROSEN", "UNODC", "PARTNER", "ACTIVE"));
        agencies.put("UNOWAS-EWC", view("UNOWAS-EWC", "UNOWAS", "PARTNER", "ACTIVE"));
        agencies.put(DEACTIVATED, view(DEACTIVATED, "TD", "POLICE", "INACTIVE"));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext(PATH, this::lookUp);
        server.start();
        return Map.of(
                "pcms.cases.directory-url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The fields of the directory's AgencyView the service reads, and a few it must ignore. */
    private static String view(String code, String state, String type, String status) {
        return """
                {"code":"%s","state":"%s","nameFr":"%s","nameEn":null,"type":"%s","competences":[],"status":"%s",\
                "version":3}""".formatted(code, state, code, type, status);
    }

    private void lookUp(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String agency = agencies.get(exchange.getRequestURI().getPath().substring(PATH.length()));
        int status = authorization == null || !authorization.startsWith("Bearer ") ? 401 : agency == null ? 404 : 200;
        byte[] body = (status == 200 ? agency : "{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
