package org.g5sahel.pcms.commons.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database failures are the client's race (409), an outage (503), or a fault of ours. */
class DatabaseProblemMappersTest {

    @Test
    void aUniqueViolationDeepInTheCauseChainIsAConcurrentDuplicate() {
        RuntimeException wrapped = new RuntimeException(
                "flush failed", new IllegalStateException(new SQLException("duplicate key value", "23505")));
        assertThat(DatabaseProblemMappers.isUniqueViolation(wrapped)).isTrue();
        assertThat(DatabaseProblemMappers.isDatabaseUnavailable(wrapped)).isFalse();
    }

    @Test
    void otherIntegrityErrorsAndConnectionFailuresAreNot() {
        assertThat(DatabaseProblemMappers.isUniqueViolation(new SQLException("fk", "23503")))
                .isFalse();
        assertThat(DatabaseProblemMappers.isUniqueViolation(new SQLException("refused", "08001")))
                .isFalse();
        assertThat(DatabaseProblemMappers.isDatabaseUnavailable(new SQLException("refused", "08001")))
                .isTrue();
    }

    @Test
    void aDatabaseClosedToConnectionsOrShuttingDownIsAnOutage() {
        assertThat(DatabaseProblemMappers.isDatabaseUnavailable(new RuntimeException(new SQLException(
                        "FATAL: database \"pcms_training\" is not currently accepting connections", "55000"))))
                .isTrue();
        assertThat(DatabaseProblemMappers.isDatabaseUnavailable(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseProblemMappers.isDatabaseUnavailable(
                        new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseProblemMappers.isDatabaseUnavailable(
                        new SQLException("cannot drop the currently open database", "55006")))
                .isFalse();
    }
}
