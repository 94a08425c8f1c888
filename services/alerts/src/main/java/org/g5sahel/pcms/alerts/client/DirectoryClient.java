package org.g5sahel.pcms.alerts.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.g5sahel.pcms.commons.directory.AgencyDesks;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The directory as alerts reads it: an agency's 24/7 desk for hidden screening hits ({@link AgencyDesks}). */
@ApplicationScoped
public class DirectoryClient {

    private final AgencyDesks desks;

    public DirectoryClient(AlertsConfig config, ObjectMapper objectMapper) {
        this.desks = new AgencyDesks(config.directoryUrl(), objectMapper);
    }

    public Optional<AgencyDesks.AgencyDesk> agency(String code, String bearerToken) {
        return desks.agency(code, bearerToken);
    }
}
