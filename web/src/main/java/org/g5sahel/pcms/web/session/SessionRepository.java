package org.g5sahel.pcms.web.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AuthorizationCodeTokens;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code pcms_web.sessions} table: one row per signed-in browser, named by the SHA-256 of its cookie's random id,
 * holding the tokens sealed with AES-GCM to that row. A session unused for the idle timeout is gone.
 */
public class SessionRepository {

    private final DataSource dataSource;
    private final SessionCipher cipher;
    private final ObjectMapper json;
    private final Duration idleTimeout;
    private final Clock clock;

    public SessionRepository(
            DataSource dataSource, SessionCipher cipher, ObjectMapper json, Duration idleTimeout, Clock clock) {
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.json = json;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** What is sealed in a row: the tokens and nothing else. */
    record StoredTokens(String id, String access, String refresh, Long accessExpiresIn, String scope) {}

    /** Stores the tokens of a new session; the answer is the session id for the cookie. */
    public String create(AuthorizationCodeTokens tokens) {
        String sessionId = SessionCipher.newSessionId();
        String rowKey = SessionCipher.rowKey(sessionId);
        Instant now = clock.instant();
        byte[] sealed;
        try {
            sealed = cipher.encrypt(
                    json.writeValueAsString(new StoredTokens(
                            tokens.getIdToken(),
                            tokens.getAccessToken(),
                            tokens.getRefreshToken(),
                            tokens.getAccessTokenExpiresIn(),
                            tokens.getAccessTokenScope())),
                    rowKey);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Tokens are strings: they always serialise", e);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO pcms_web.sessions "
                        + "(row_key, tokens, created_at, last_used_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, rowKey);
            insert.setBytes(2, sealed);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now.plus(idleTimeout)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a console session", e);
        }
        return sessionId;
    }

    /**
     * The tokens of a live session, which stays alive for another idle timeout; empty for an unknown, expired or
     * unreadable one (another key, a tampered row).
     */
    public Optional<AuthorizationCodeTokens> tokens(String sessionId) {
        String rowKey = SessionCipher.rowKey(sessionId);
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement touch = connection.prepareStatement(
                        "UPDATE pcms_web.sessions "
                                + "SET last_used_at = ?, expires_at = ? WHERE row_key = ? AND expires_at > ? RETURNING tokens")) {
            touch.setTimestamp(1, Timestamp.from(now));
            touch.setTimestamp(2, Timestamp.from(now.plus(idleTimeout)));
            touch.setString(3, rowKey);
            touch.setTimestamp(4, Timestamp.from(now));
            try (ResultSet row = touch.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                StoredTokens stored = json.readValue(cipher.decrypt(row.getBytes(1), rowKey), StoredTokens.class);
                return Optional.of(new AuthorizationCodeTokens(
                        stored.id(), stored.access(), stored.refresh(), stored.accessExpiresIn(), stored.scope()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a console session", e);
        } catch (GeneralSecurityException | JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public void delete(String sessionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM pcms_web.sessions WHERE row_key = ?")) {
            delete.setString(1, SessionCipher.rowKey(sessionId));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not end a console session", e);
        }
    }

    /** Removes the sessions past their idle timeout; the number removed. */
    public int purgeExpired() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM pcms_web.sessions WHERE expires_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant()));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge expired console sessions", e);
        }
    }
}
