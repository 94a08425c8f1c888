package org.g5sahel.pcms.alerts.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.alerts.config.AlertsConfig;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * Reads an agency's 24/7 desk from the directory, with the caller's own token (the directory applies its own rules).
 * A directory that is down or slow never fails a screening: the hit is still reported, without the desk.
 */
@ApplicationScoped
public class DirectoryClient {

    /** The part of the directory's AgencyView a hit needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgencyDesk(String code, String state, String nameFr, String nameEn, String deskPhone,
            String deskEmail, String deskHours) {
    }

    private final AlertsConfig config;
    private final ObjectMapper objectMapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public DirectoryClient(AlertsConfig config, ObjectMapper objectMapper) {
        this.config = config;
        this.objectMapper = objectMapper;
    }

    public Optional<AgencyDesk> agency(String code, String bearerToken) {
        URI uri = URI.create(config.directoryUrl() + "/api/directory/v1/agencies/"
                + URLEncoder.encode(code, StandardCharsets.UTF_8));
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
