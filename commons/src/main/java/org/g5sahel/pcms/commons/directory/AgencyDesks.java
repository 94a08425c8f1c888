package org.g5sahel.pcms.commons.directory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * Reads an agency's 24/7 desk from the directory, with the caller's own token (the directory applies its own rules),
 * for the services whose hits say "contact agency X". A directory that is down or slow never fails the caller's
 * request: the hit is still reported, without the desk.
 */
public final class AgencyDesks {

    /** The part of the directory's AgencyView a hit needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgencyDesk(String code, String state, String nameFr, String nameEn, String deskPhone,
            String deskEmail, String deskHours) {
    }

    private final String directoryUrl;
    private final ObjectMapper objectMapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** @param directoryUrl base URL of the directory service, e.g. {@code http://localhost:8081} */
    public AgencyDesks(String directoryUrl, ObjectMapper objectMapper) {
        this.directoryUrl = directoryUrl;
        this.objectMapper = objectMapper;
    }

    public Optional<AgencyDesk> agency(String code, String bearerToken) {
        URI uri = URI.create(directoryUrl + "/api/directory/v1/agencies/" + URLEncoder.encode(code,
                StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3))
                .header("Authorization", "Bearer " + bearerToken).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                Log.warnf("Directory answered %d for agency %s", response.statusCode(), code);
                return Optional.empty();
            }
            return Optional.of(objectMapper.readValue(response.body(), AgencyDesk.class));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (IOException e) {
            Log.warnf("Directory unreachable for agency %s: %s", code, e.toString());
            return Optional.empty();
        }
    }
}
