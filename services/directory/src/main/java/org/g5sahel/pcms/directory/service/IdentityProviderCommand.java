package org.g5sahel.pcms.directory.service;

import java.util.Map;

/** An agency's own identity provider as {@link IdentityProviderOnboarding} links it. */
public record IdentityProviderCommand(
        Protocol protocol,
        String metadataUrl,
        String clientId,
        String clientSecret,
        String agencyAttribute,
        String groupsAttribute,
        Map<String, String> roleMappings,
        String secondFactorClaim,
        String secondFactorValue,
        String displayName,
        Boolean enabled) {

    public enum Protocol {
        OIDC,
        SAML
    }

    public String groupsAttributeOrDefault() {
        return groupsAttribute == null || groupsAttribute.isBlank() ? "groups" : groupsAttribute;
    }

    public boolean enabledOrDefault() {
        return enabled == null || enabled;
    }
}
