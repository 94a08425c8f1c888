package org.g5sahel.pcms.training.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.training.config.TrainingConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/**
 * Reads points of contact from the directory service over HTTP, <em>with the caller's own token</em>: the directory
 * applies its sovereignty rules to the caller, so training only learns of officers the caller may see.
 */
@ApplicationScoped
public class DirectoryClient {

    private final HttpClient http;
    private final ObjectMapper objectMapper;
    private final TrainingConfig config;

    public DirectoryClient(ObjectMapper objectMapper, TrainingConfig config) {
        this.objectMapper = objectMapper;
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.directoryTimeout()).build();
    }

    /**
     * The contact as the caller sees it in the directory, or empty when it does not exist or is hidden from the caller.
     *
     * @throws ProblemException 503 when the directory cannot answer
     */
    public Optional<DirectoryContact> contact(UUID id, String callerToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.directoryUrl() + "/api/directory/v1/contacts/" + id))
                .timeout(config.directoryTimeout()).header("Authorization", "Bearer " + callerToken)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            Log.warnf("Directory unreachable at %s: %s", config.directoryUrl(), e.getMessage());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "directory.unavailable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "directory.unavailable");
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            Log.warnf("Directory answered %d for contact %s", response.statusCode(), id);
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "directory.unavailable");
        }
        try {
            JsonNode contact = objectMapper.readTree(response.body());
            return Optional.of(new DirectoryContact(UUID.fromString(contact.path("id").asText()),
                    contact.path("fullName").asText(), contact.path("agencyCode").asText(),
                    contact.path("active").asBoolean(false)));
        } catch (IOException | IllegalArgumentException e) {
            Log.warnf("Directory answered an unreadable contact %s: %s", id, e.getMessage());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "directory.unavailable");
        }
    }
}
