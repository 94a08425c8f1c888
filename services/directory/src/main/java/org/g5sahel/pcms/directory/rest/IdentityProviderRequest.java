package org.g5sahel.pcms.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.directory.service.IdentityProviderCommand;
import org.g5sahel.pcms.directory.service.IdentityProviderCommand.Protocol;

/**
 * An agency's own identity provider, as a platform administrator links it: where its metadata is, how it names the
 * agency and its groups, and which PCMS role each group grants.
 */
@Schema(name = "IdentityProviderRequest")
public record IdentityProviderRequest(
        @NotNull Protocol protocol,

        @NotBlank
        @Size(max = 500)
        @Pattern(regexp = "^https?://\\S+$")
        @Schema(
                description = "OIDC discovery URL (.well-known/openid-configuration) or SAML metadata URL",
                example = "https://idp.police.gouv.ne/realms/agents/.well-known/openid-configuration")
        String metadataUrl,

        @Size(max = 200) @Schema(description = "OIDC only: PCMS's client at the agency's provider")
        String clientId,

        @Size(max = 500) @Schema(description = "OIDC only; write-only")
        String clientSecret,

        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = "^[A-Za-z0-9_:./-]+$")
        @Schema(
                description = "Claim (OIDC) or attribute (SAML) in which the provider asserts the agency code",
                example = "agency")
        String agencyAttribute,

        @Size(max = 200)
        @Pattern(regexp = "^[A-Za-z0-9_:./-]+$")
        @Schema(description = "Claim or attribute listing the officer's groups; default groups")
        String groupsAttribute,

        @Size(max = 20)
        @Schema(
                description = "Group at the provider → PCMS realm role",
                example = "{\"pcms-investigators\": \"investigator\"}")
        Map<@NotBlank @Size(max = 200) String, @NotBlank String> roleMappings,

        @Size(max = 200)
        @Pattern(regexp = "^[A-Za-z0-9_:./-]+$")
        @Schema(
                description =
                        "OIDC only: claim in which the provider asserts the officer's second factor (acr or amr); "
                                + "without it PCMS asks its own second factor after every sign-in through the provider",
                example = "acr")
        String secondFactorClaim,

        @Size(max = 200)
        @Schema(
                description = "OIDC only: regular expression a value of secondFactorClaim must match",
                example = "^mfa$")
        String secondFactorValue,

        @Size(max = 200) String displayName,

        @Schema(description = "false disables the provider and signs out its officers; default true")
        Boolean enabled) {

    public IdentityProviderCommand command() {
        return new IdentityProviderCommand(
                protocol,
                metadataUrl,
                clientId,
                clientSecret,
                agencyAttribute,
                groupsAttribute,
                roleMappings,
                secondFactorClaim,
                secondFactorValue,
                displayName,
                enabled);
    }
}
