package org.g5sahel.pcms.web.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.g5sahel.pcms.web.config.WebConfig;
import org.g5sahel.pcms.web.session.DatabaseTokenStateManager;
import org.g5sahel.pcms.web.session.SessionCipher;

/**
 * A form sent after the officer's session ended is not lost. Its action accepts the post without a session (instead
 * of Quarkus OIDC sending the officer to sign in and dropping the body), seals the fields into a short-lived cookie of
 * the officer's own browser (AES-GCM with the session key, HttpOnly: no script reads it) and sends him to the form's
 * page; signing in again brings him back there, the form filled in as he sent it, and the cookie is gone. Nothing is
 * kept on the server; a form too long for a cookie is not kept (the page is empty, and says nothing was saved).
 */
@RequestScoped
public class FormDrafts {

    static final String COOKIE = "pcms_draft";
    /** Past this a browser refuses the cookie. */
    private static final int MAX_COOKIE_CHARS = 3800;

    private static final Duration KEPT_FOR = Duration.ofMinutes(15);
    /** Additional authenticated data of drafts: a session's sealed tokens never open as a draft, nor the reverse. */
    private static final String DRAFT_AAD = "pcms-form-draft";

    private final DatabaseTokenStateManager sessions;
    private final HttpServerRequest request;
    private final SessionCipher cipher;
    private final ObjectMapper json;
    private final Pages pages;

    public FormDrafts(
            DatabaseTokenStateManager sessions,
            HttpServerRequest request,
            WebConfig config,
            ObjectMapper json,
            Pages pages) {
        this.sessions = sessions;
        this.request = request;
        this.cipher = new SessionCipher(config.session().encryptionKey());
        this.json = json;
        this.pages = pages;
    }

    /** What a draft holds: the page whose form it fills, and the fields as sent. */
    record Draft(String page, Map<String, String> fields) {}

    /**
     * Whether the officer has no live session (never signed in, signed out, or idle past the timeout), read from the
     * session store itself: asking for the officer's identity would have Quarkus OIDC answer with a redirect to sign
     * in, and the form would be lost.
     */
    public boolean sessionEnded() {
        Cookie session = request.getCookie(DatabaseTokenStateManager.SESSION_COOKIE);
        return session == null || !sessions.isLive(session.getValue());
    }

    /** Keeps the form's fields for {@code page} and sends the officer there (to sign in first). */
    public Response keep(MultivaluedMap<String, String> form, String page) {
        Response.ResponseBuilder answer = Response.seeOther(URI.create(page));
        seal(new Draft(page, Forms.values(form)))
                .ifPresent(value -> answer.cookie(new NewCookie.Builder(COOKIE)
                        .value(value)
                        .path("/")
                        .maxAge((int) KEPT_FOR.toSeconds())
                        .httpOnly(true)
                        .secure(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build()));
        return answer.build();
    }

    /**
     * The page of a form: filled with the draft kept for it, with a sentence saying so (the draft is then forgotten),
     * or else with its usual values.
     *
     * @param form the page, from the values of its form and the sentence to show above it (or {@code null})
     */
    public Response show(
            String page, Map<String, String> usual, BiFunction<Map<String, String>, String, TemplateInstance> form) {
        Optional<Map<String, String>> kept = keptFor(page);
        if (kept.isPresent()) {
            return Response.ok(form.apply(kept.get(), pages.texts().get("form.draftRestored")))
                    .cookie(forget())
                    .build();
        }
        return Response.ok(form.apply(usual, null)).build();
    }

    /** The fields kept for {@code page}, if this request carries a draft of it. */
    Optional<Map<String, String>> keptFor(String page) {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Optional.empty();
        }
        try {
            String plain = cipher.decrypt(Base64.getUrlDecoder().decode(cookie.getValue()), DRAFT_AAD);
            Draft draft = json.readValue(plain, new TypeReference<Draft>() {});
            return page.equals(draft.page()) ? Optional.of(draft.fields()) : Optional.empty();
        } catch (GeneralSecurityException | JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The cookie that removes a draft once its form is shown again. */
    private static NewCookie forget() {
        return new NewCookie.Builder(COOKIE)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .secure(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    private Optional<String> seal(Draft draft) {
        try {
            String value = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(cipher.encrypt(json.writeValueAsString(draft), DRAFT_AAD));
            return value.length() <= MAX_COOKIE_CHARS ? Optional.of(value) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
