package org.g5sahel.pcms.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AuthorizationCodeTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The session store against the machine's PostgreSQL: what the table holds, and when a session is gone. */
class SessionRepositoryTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY =
            Base64.getEncoder().encodeToString("another-32-byte-key-for-tests-00".getBytes());

    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeEach
    void freshSchema() throws Exception {
        try (Connection admin = java.sql.DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement statement = admin.createStatement();
                ResultSet exists =
                        statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'pcms_web_test'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE pcms_web_test");
            }
        }
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:5432/pcms_web_test");
        dataSource.setUser("postgres");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS pcms_web CASCADE");
            statement.execute(Files.readString(Path.of("src/main/resources/db/web/V1__sessions.sql")));
        }
    }

    private SessionRepository sessions(String key) {
        return new SessionRepository(
                dataSource, new SessionCipher(key), new ObjectMapper(), Duration.ofMinutes(30), clock);
    }

    @Test
    void theTableHoldsNeitherTheCookieNorAReadableToken() throws Exception {
        String sessionId = sessions(KEY)
                .create(new AuthorizationCodeTokens("id.token", "eyJhbGci.access", "refresh", 300L, "openid"));

        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT row_key, tokens FROM pcms_web.sessions")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isNotEqualTo(sessionId).isEqualTo(SessionCipher.rowKey(sessionId));
            assertThat(new String(row.getBytes(2), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("eyJhbGci", "refresh", "id.token");
        }
        assertThat(sessions(KEY).tokens(sessionId))
                .get()
                .extracting(AuthorizationCodeTokens::getAccessToken)
                .isEqualTo("eyJhbGci.access");
        assertThat(sessions(OTHER_KEY).tokens(sessionId))
                .as("sealed with another key")
                .isEmpty();
        assertThat(sessions(KEY).tokens(SessionCipher.newSessionId()))
                .as("an unknown id")
                .isEmpty();
    }

    @Test
    void aSessionLivesWhileUsedAndEndsWhenIdleOrSignedOut() {
        SessionRepository store = sessions(KEY);
        String used = store.create(new AuthorizationCodeTokens("i", "a", "r"));
        String idle = store.create(new AuthorizationCodeTokens("i", "a", "r"));
        String signedOut = store.create(new AuthorizationCodeTokens("i", "a", "r"));
        store.delete(signedOut);

        now.set(now.get().plus(Duration.ofMinutes(20)));
        assertThat(store.tokens(used)).isPresent();
        now.set(now.get().plus(Duration.ofMinutes(20)));

        assertThat(store.tokens(used)).as("used 20 minutes ago").isPresent();
        assertThat(store.tokens(idle)).as("idle 40 minutes").isEmpty();
        assertThat(store.tokens(signedOut)).isEmpty();
        assertThat(store.purgeExpired()).isEqualTo(1);
    }
}
