package org.g5sahel.pcms.firearms.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.g5sahel.pcms.commons.directory.AgencyDesks;
import org.g5sahel.pcms.firearms.config.FirearmsConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The directory as the firearms registry reads it: the 24/7 desk of the agency a hit names. */
@ApplicationScoped
class Directory {

    @Produces
    @Singleton
    AgencyDesks agencyDesks(FirearmsConfig config, ObjectMapper objectMapper) {
        return new AgencyDesks(config.directoryUrl(), objectMapper);
    }
}
