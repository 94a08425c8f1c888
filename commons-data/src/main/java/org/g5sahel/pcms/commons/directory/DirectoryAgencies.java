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
 * Agencies and partner organisations as the directory lists them, read with the caller's own token (the directory
 * applies its own rules): whether a code names an active agency (recipients of a request), and its 24/7 desk (hits
 * that say "contact agency X"). The one reader of the directory for the services that call it.
 */
public final class DirectoryAgencies {

    /** The part of the directory's AgencyView the services use. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agency(String code, String state, String type, String status, String nameFr, String nameEn,
            String deskPhone, String deskEmail, String deskHours) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    /** The directory could not say: unreachable, too slow, or an answer other than found or not found. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    private final String directoryUrl;
    private final Duration timeout;
    private final ObjectMapper objectMapper;
    private final HttpClient http;

    /** @param directoryUrl base URL of the directory service, e.g. {@code http://localhost:8081} */
    public DirectoryAgencies(String directoryUrl, Duration timeout, ObjectMapper objectMapper) {
        this.directoryUrl = directoryUrl;
        this.timeout = timeout;
        this.objectMapper = objectMapper;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * The agency of that code, or empty when the directory lists none.
     *
     * @throws Unavailable when the directory cannot answer
     */
    public Optional<Agency> find(String code, String bearerToken) {
        URI uri = URI.create(directoryUrl + "/api/directory/v1/agencies/" + URLEncoder.encode(code,
                StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Bearer " + bearerToken).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return switch (response.statusCode()) {
                case 200 -> Optional.of(objectMapper.readValue(response.body(), Agency.class));
                case 404 -> Optional.empty();
                default -> throw unavailable("answered " + response.statusCode() + " for agency " + code);
            };
        } catch (IOException e) {
            throw unavailable("unreachable for agency " + code + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    /**
     * The agency whose desk a hit names, or empty: a directory that is down or slow never fails the caller's request,
     * the hit is still reported without the desk.
     */
    public Optional<Agency> desk(String code, String bearerToken) {
        try {
            return find(code, bearerToken);
        } catch (Unavailable e) {
            return Optional.empty();
        }
    }

    private Unavailable unavailable(String why) {
        Log.warnf("Directory at %s %s", directoryUrl, why);
        return new Unavailable(why);
    }
}
