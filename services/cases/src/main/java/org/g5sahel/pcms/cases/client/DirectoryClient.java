package org.g5sahel.pcms.cases.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.cases.config.CasesConfig;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * Looks agencies up in the directory service, with the caller's own token: the directory is the one list of the
 * agencies and partner organisations a request may be addressed to.
 */
@ApplicationScoped
public class DirectoryClient {

    /** The part of the directory's AgencyView the cases service needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DirectoryAgency(String code, String state, String type, String status) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    private final ObjectMapper objectMapper;
    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient http;

    public DirectoryClient(ObjectMapper objectMapper, CasesConfig config) {
        this.objectMapper = objectMapper;
        this.baseUrl = config.directoryUrl();
        this.timeout = config.directoryTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * The agency of that code, or empty when the directory has none.
     *
     * @param code an agency code already checked against the agency-code pattern (it goes into the path as is)
     * @throws ProblemException 503 when the directory cannot answer
     */
    public Optional<DirectoryAgency> agency(String code, String bearerToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/directory/v1/agencies/" + code))
                .timeout(timeout).header("Authorization", "Bearer " + bearerToken)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return switch (response.statusCode()) {
                case 200 -> Optional.of(objectMapper.readValue(response.body(), DirectoryAgency.class));
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

    private ProblemException unavailable(String why) {
        Log.warnf("Directory at %s %s", baseUrl, why);
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "directory.unavailable");
    }
}
