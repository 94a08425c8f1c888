package org.g5sahel.pcms.firearms.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** Settings of the firearms registry. */
@ConfigMapping(prefix = "pcms.firearms")
public interface FirearmsConfig {

    /**
     * Base URL of the directory service. The commons DirectoryClient reads it as {@code quarkus.rest-client.directory.url}
     * (application.properties); declared here so that the service's own key stays valid.
     */
    @WithDefault("http://localhost:8081")
    String directoryUrl();

    /** How long a firearm record is kept before its owner re-confirms it (UN Firearms Protocol: at least 10 years). */
    @WithDefault("P10Y")
    Period recordReviewPeriod();

    /** Review period of seizures, trace requests and diversion notices: they document firearms, so the same. */
    @WithDefault("P10Y")
    Period caseReviewPeriod();

    /** Most data rows one stockpile CSV may hold: larger stockpiles are sent in several files. */
    @WithDefault("5000")
    int importMaxRows();

    /**
     * Hidden hits (a record the searcher may not read, revealed as "held by agency X") one caller may receive per UTC
     * day; past it further hidden hits are withheld that day and the owners of the records they would have revealed
     * are warned in their inbox. Bounds how far an account can map other States' registries one serial at a time.
     */
    @WithDefault("50")
    int hiddenHitsPerDay();
}
