package org.g5sahel.pcms.cases.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.g5sahel.pcms.cases.config.CasesConfig;
import org.g5sahel.pcms.commons.directory.DirectoryAgencies;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The directory as the cases service reads it: the one list of agencies and partners a request may go to. */
@ApplicationScoped
class Directory {

    @Produces
    @Singleton
    DirectoryAgencies directoryAgencies(CasesConfig config, ObjectMapper objectMapper) {
        return new DirectoryAgencies(config.directoryUrl(), config.directoryTimeout(), objectMapper);
    }
}
