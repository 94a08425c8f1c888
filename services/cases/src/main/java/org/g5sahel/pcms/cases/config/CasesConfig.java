package org.g5sahel.pcms.cases.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "pcms.cases")
public interface CasesConfig {

    /** Largest attachment accepted on an exchange request. */
    long attachmentMaxBytes();

    /** Secret of the keyed hashes of strong identifiers; the same for every State's subjects. */
    String correlationKey();

    /** How often joint investigation teams are started and ended by their validity dates. */
    Duration jointTeamCheck();
}
