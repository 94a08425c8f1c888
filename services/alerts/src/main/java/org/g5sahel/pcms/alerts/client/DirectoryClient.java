package org.g5sahel.pcms.alerts.client;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.g5sahel.pcms.commons.directory.DirectoryAgencies;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The directory as alerts reads it: an agency's 24/7 desk for hidden screening hits ({@link DirectoryAgencies}). */
@ApplicationScoped
public class DirectoryClient {

    private final DirectoryAgencies agencies;

    public DirectoryClient(AlertsConfig config, ObjectMapper objectMapper) {
        this.agencies = new DirectoryAgencies(config.directoryUrl(), Duration.ofSeconds(3), objectMapper);
    }

    public Optional<DirectoryAgencies.Agency> agency(String code, String bearerToken) {
        return agencies.desk(code, bearerToken);
    }
}
