package org.g5sahel.pcms.web.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import javax.sql.DataSource;
import org.g5sahel.pcms.web.config.WebConfig;

/**
 * Keeps each officer's tokens on the server ({@link SessionRepository}): the browser's session cookie holds only a
 * random id. Any replica can serve any officer (no sticky sessions), and signing out or an idle timeout removes the
 * row, so a copied cookie is worth nothing afterwards.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class DatabaseTokenStateManager implements TokenStateManager {

    /** Quarkus OIDC's session cookie of the default tenant. */
    public static final String SESSION_COOKIE = "q_session";

    private final SessionRepository sessions;

    public DatabaseTokenStateManager(DataSource dataSource, ObjectMapper json, WebConfig config, Clock clock) {
        this.sessions = new SessionRepository(
                dataSource,
                new SessionCipher(config.session().encryptionKey()),
                json,
                config.session().idleTimeout(),
                clock);
    }

    @Override
    public Uni<String> createTokenState(
            RoutingContext context,
            OidcTenantConfig oidcConfig,
            AuthorizationCodeTokens tokens,
            OidcRequestContext<String> requestContext) {
        // A refresh creates a new state while the request still carries the previous session's cookie: that row goes.
        Cookie previous = context.request().getCookie(SESSION_COOKIE);
        return requestContext.runBlocking(() -> {
            if (previous != null) {
                sessions.delete(previous.getValue());
            }
            return sessions.create(tokens);
        });
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(
            RoutingContext context,
            OidcTenantConfig oidcConfig,
            String sessionId,
            OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        return requestContext.runBlocking(() -> sessions.tokens(sessionId)
                .orElseThrow(() -> new AuthenticationFailedException("The console session is over")));
    }

    @Override
    public Uni<Void> deleteTokens(
            RoutingContext context,
            OidcTenantConfig oidcConfig,
            String sessionId,
            OidcRequestContext<Void> requestContext) {
        return requestContext.runBlocking(() -> {
            sessions.delete(sessionId);
            return null;
        });
    }

    /** Whether the session of this cookie value is live (it stays so for another idle timeout). */
    public boolean isLive(String sessionId) {
        return sessions.tokens(sessionId).isPresent();
    }

    @Scheduled(every = "${pcms.web.session.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try {
            int purged = sessions.purgeExpired();
            if (purged > 0) {
                Log.debugf("Purged %d expired console sessions", purged);
            }
        } catch (IllegalStateException e) {
            Log.warn("Could not purge expired console sessions; will try again", e);
        }
    }
}
