package org.g5sahel.pcms.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "pcms.cases")
public interface CasesConfig {

    /**
     * Base URL of the directory service. The commons DirectoryClient reads it as {@code quarkus.rest-client.directory.url}
     * (application.properties); declared here so that the service's own key stays valid.
     */
    @WithDefault("http://localhost:8081")
    String directoryUrl();

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
