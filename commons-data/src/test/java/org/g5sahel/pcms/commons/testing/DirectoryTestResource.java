package org.g5sahel.pcms.commons.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Answers {@code GET /api/directory/v1/agencies/{code}} like the directory (AgencyView), for a few agencies, and only
 * with a bearer token: the service must pass on its caller's token. The init argument {@code property} names the
 * service's setting of the directory URL.
 */
public class DirectoryTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> DESKS = Map.of(
            "ML-CT",
                    "{\"code\":\"ML-CT\",\"state\":\"ML\",\"nameFr\":\"Service antiterroriste\",\"nameEn\":\"Counter-terrorism service\",\"nameOriginal\":null,\"type\":\"POLICE\",\"competences\":[\"TERRORISM\"],\"parentCode\":null,\"deskPhone\":\"+22320000000\",\"deskEmail\":\"permanence@ct.ml\",\"deskHours\":\"24/7\",\"status\":\"ACTIVE\",\"version\":0}",
            "BF-GENDARMERIE",
                    "{\"code\":\"BF-GENDARMERIE\",\"state\":\"BF\",\"nameFr\":\"Gendarmerie nationale\",\"nameEn\":\"National gendarmerie\",\"nameOriginal\":null,\"type\":\"GENDARMERIE\",\"competences\":[\"FIREARMS\"],\"parentCode\":null,\"deskPhone\":\"+22625000000\",\"deskEmail\":\"permanence@gendarmerie.bf\",\"deskHours\":\"24/7\",\"status\":\"ACTIVE\",\"version\":0}",
            "ML-FIU",
                    "{\"code\":\"ML-FIU\",\"state\":\"ML\",\"nameFr\":\"Cellule nationale de traitement des informations financières\",\"nameEn\":null,\"nameOriginal\":null,\"type\":\"FIU\",\"competences\":[\"MONEY_LAUNDERING\"],\"parentCode\":null,\"deskPhone\":\"+22320230000\",\"deskEmail\":\"permanence@centif.ml\",\"deskHours\":\"lun.-ven. 8h-17h\",\"status\":\"ACTIVE\",\"version\":0}",
            "NE-OCRTIS",
                    "{\"code\":\"NE-OCRTIS\",\"state\":\"NE\",\"nameFr\":\"Office central de répression du trafic illicite des stupéfiants\",\"nameEn\":null,\"nameOriginal\":null,\"type\":\"POLICE\",\"competences\":[\"DRUGS\"],\"parentCode\":null,\"deskPhone\":\"+22720000000\",\"deskEmail\":\"permanence@ocrtis.ne\",\"deskHours\":\"24/7\",\"status\":\"ACTIVE\",\"version\":0}");

    private HttpServer server;
    private String property;

    @Override
    public void init(Map<String, String> initArgs) {
        property = initArgs.get("property");
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/directory/v1/agencies/", this::answer);
        server.start();
        return Map.of(property, "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String code = exchange.getRequestURI().getPath().substring("/api/directory/v1/agencies/".length());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String body = DESKS.get(code);
        int status = authorization == null || !authorization.startsWith("Bearer ") ? 401 : body == null ? 404 : 200;
        byte[] bytes = (status == 200 ? body : "{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
