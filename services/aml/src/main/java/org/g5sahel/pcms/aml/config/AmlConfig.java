package org.g5sahel.pcms.aml.config;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the aml service. */
@ConfigMapping(prefix = "pcms.aml")
public interface AmlConfig {

    /** Base URL of the directory service, asked for the desk of the FIU a hidden hit names. */
    @WithDefault("http://localhost:8081")
    String directoryUrl();

    /** Imports of sanctions lists. */
    Sanctions sanctions();

    interface Sanctions {
        /**
         * Share (0 to 1) of the entries in force that an import may delist without an explicit confirmation: above
         * it the import answers with its diff and is applied only when confirmed.
         */
        @WithDefault("0.05")
        double maxDelistedShare();
    }

    /** Name screening. */
    Screening screening();

    /** goAML report import. */
    Goaml goaml();

    interface Goaml {
        /**
         * The FIU's own copy of the goAML reporting schema (XSD). When set, every imported file is also validated
         * against it in full; unset, files are checked against what the registry keeps only. A schema that cannot
         * be read stops the service at start.
         */
        Optional<Path> schemaPath();
    }

    interface Screening {
        /** Default score (0 to 1) from which a candidate is returned; a request may ask for another. */
        @WithDefault("0.85")
        double threshold();

        /**
         * Score from which a subject of an imported report is recorded as a hit and {@code aml.screening.hit} is
         * emitted. Higher than the interactive threshold: nobody is looking when it fires.
         */
        @WithDefault("0.88")
        double automaticThreshold();

        /** Candidates returned per screened name. */
        @WithDefault("10")
        int maxCandidates();
    }
}
