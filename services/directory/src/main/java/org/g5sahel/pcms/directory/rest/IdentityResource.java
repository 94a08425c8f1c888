package org.g5sahel.pcms.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.directory.service.AgencyOrganizations;
import org.g5sahel.pcms.directory.service.IdentityChange;
import org.g5sahel.pcms.directory.service.IdentityDrift;
import org.g5sahel.pcms.directory.service.IdentityProviderOnboarding;

/**
 * Federated identity of the agencies: their Keycloak organizations and identity providers. Platform administrators
 * only (auditors may read the drift report); every change is idempotent and has a dry run.
 */
@Path("/v1/identity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Federated identity")
public class IdentityResource {

    private final AgencyOrganizations organizations;
    private final IdentityProviderOnboarding onboarding;
    private final CurrentCaller caller;

    public IdentityResource(
            AgencyOrganizations organizations, IdentityProviderOnboarding onboarding, CurrentCaller caller) {
        this.organizations = organizations;
        this.onboarding = onboarding;
        this.caller = caller;
    }

    public record Changes(boolean dryRun, List<IdentityChange> changes) {}

    @PUT
    @Path("/agencies/{code}/identity-provider")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PCMS_ADMIN)
    @Operation(
            summary = "Link an agency's identity provider",
            description =
                    "Creates or brings in line the agency's organization, the OIDC or SAML provider read from its "
                            + "metadata, its mappers and the link; dryRun=true only lists the changes.")
    public IdentityProviderOnboarding.Plan onboard(
            @PathParam("code") String code,
            @QueryParam("dryRun") boolean dryRun,
            @NotNull @Valid IdentityProviderRequest request) {
        caller.get();
        return onboarding.onboard(code, request.command(), dryRun);
    }

    @POST
    @Path("/reconcile")
    @RolesAllowed(Roles.PCMS_ADMIN)
    @Operation(
            summary = "Bring every agency's organization in line",
            description =
                    "Creates missing organizations and updates differing ones; dryRun=true only lists the changes.")
    public Changes reconcile(@QueryParam("dryRun") boolean dryRun) {
        caller.get();
        return new Changes(dryRun, organizations.reconcile(dryRun));
    }

    @GET
    @Path("/drift")
    @RolesAllowed({Roles.PCMS_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Drift between the directory and Keycloak", description = "Changes nothing.")
    public List<IdentityDrift> drift() {
        caller.get();
        return organizations.drift();
    }
}
