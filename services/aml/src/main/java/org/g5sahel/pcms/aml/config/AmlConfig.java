package org.g5sahel.pcms.aml.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;
import org.g5sahel.pcms.matching.Policy;

/** Settings of the aml service. */
@ConfigMapping(prefix = "pcms.aml")
public interface AmlConfig {

    /**
     * Base URL of the directory service. The commons DirectoryClient reads it as {@code quarkus.rest-client.directory.url}
     * (application.properties); declared here so that the service's own key stays valid.
     */
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

    /**
     * When the matching engine shows an entry as a hit: the name score needed by date-of-birth agreement (defaults
     * those of {@code Policy.STANDARD}, the thresholds the matching module's quality test measures). A document
     * number in common is a hit whatever the name; a one-word name needs a date of birth, nationality or document.
     */
    interface Screening {
        /** Name score (0 to 1) needed with no date of birth on one side; a request's {@code threshold} replaces it. */
        @WithDefault("0.86")
        double nameAlone();

        /** Name score needed when the dates of birth are the same. */
        @WithDefault("0.62")
        double withBirthDate();

        /** Name score needed when the years of birth are the same and one side gives the year only. */
        @WithDefault("0.75")
        double withYearOfBirth();

        /** Name score needed despite another date of birth (lists and people get dates wrong). */
        @WithDefault("0.97")
        double despiteBirthDate();

        /**
         * Name-alone threshold for the subjects of an imported report, recorded as hits that emit
         * {@code aml.screening.hit}. Higher than the interactive one: nobody is looking when it fires.
         */
        @WithDefault("0.88")
        double automaticNameAlone();

        /** Candidates returned per screened name. */
        @WithDefault("10")
        int maxCandidates();

        /** The policy of interactive screening. */
        default Policy policy() {
            return new Policy(nameAlone(), withBirthDate(), withYearOfBirth(), despiteBirthDate());
        }

        /** The same policy with another name-alone threshold. */
        default Policy policy(double nameAlone) {
            return new Policy(nameAlone, withBirthDate(), withYearOfBirth(), despiteBirthDate());
        }
    }
}
