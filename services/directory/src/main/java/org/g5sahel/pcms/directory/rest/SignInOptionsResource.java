package org.g5sahel.pcms.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.directory.service.SignInOptions;

/** What a sign-in page shows before anyone is signed in. */
@Path("/v1/public/sign-in-options")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Federated identity")
public class SignInOptionsResource {

    private final SignInOptions options;

    public SignInOptionsResource(SignInOptions options) {
        this.options = options;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Agencies whose officers sign in with their own identity provider",
            description = "No token needed. Code, French name and State of each active agency, and the alias of its"
                    + " identity provider (Keycloak's kc_idp_hint). Read from Keycloak at most once a minute.")
    public List<SignInOptions.SignInOption> list() {
        return options.list();
    }
}
