package org.g5sahel.pcms.cases.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pcms.cases")
public interface CasesConfig {

    /** Largest attachment accepted on an exchange request. */
    long attachmentMaxBytes();

    /** How often joint investigation teams are started and ended by their validity dates. */
    Duration jointTeamCheck();

    /**
     * How often exchange requests past their due date are looked for, to remind the late recipients and the sender
     * once ({@code off} stops it).
     */
    @WithDefault("5m")
    String requestOverdueCheck();
}
