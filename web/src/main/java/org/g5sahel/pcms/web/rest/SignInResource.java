package org.g5sahel.pcms.web.rest;

import io.quarkus.logging.Log;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.g5sahel.pcms.web.api.ApiProblem;
import org.g5sahel.pcms.web.api.ApiUnavailable;
import org.g5sahel.pcms.web.api.PublicApi;
import org.g5sahel.pcms.web.i18n.Language;

/**
 * The front door: sign in with a PCMS account (password and second factor, at Keycloak) or through one's own agency's
 * identity provider ({@code kc_idp_hint}, forwarded to Keycloak by Quarkus OIDC). After signing out, officers land here.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    private final Pages pages;
    private final PublicApi publicApi;
    private final Language language;
    private final Template signIn;

    public SignInResource(
            Pages pages, PublicApi publicApi, Language language, @Location("sign-in.html") Template signIn) {
        this.pages = pages;
        this.publicApi = publicApi;
        this.language = language;
        this.signIn = signIn;
    }

    @GET
    @Path("sign-in")
    @PermitAll
    public TemplateInstance page() {
        List<Map<String, Object>> agencies;
        try {
            agencies = publicApi.signInOptions(language.tag());
        } catch (ApiProblem | ApiUnavailable e) {
            // The PCMS account still works: the page offers it alone.
            Log.warnf("Could not list the agencies' identity providers: %s", e.getMessage());
            agencies = List.of();
        }
        return pages.of(signIn).data("agencies", agencies);
    }

    /**
     * Reached once signed in: Quarkus OIDC sent the officer to Keycloak first (with the agency's provider as a hint
     * when the link carried one).
     */
    @GET
    @Path("signed-in")
    @Authenticated
    public Response signedIn() {
        return Response.seeOther(URI.create("/")).build();
    }
}
