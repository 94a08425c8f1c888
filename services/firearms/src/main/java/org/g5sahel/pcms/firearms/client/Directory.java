package org.g5sahel.pcms.firearms.client;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.g5sahel.pcms.commons.directory.DirectoryAgencies;
import org.g5sahel.pcms.firearms.config.FirearmsConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The directory as the firearms registry reads it: the 24/7 desk of the agency a hit names. */
@ApplicationScoped
class Directory {

    @Produces
    @Singleton
    DirectoryAgencies directoryAgencies(FirearmsConfig config, ObjectMapper objectMapper) {
        return new DirectoryAgencies(config.directoryUrl(), Duration.ofSeconds(3), objectMapper);
    }
}
