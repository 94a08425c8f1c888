package org.g5sahel.pcms.directory.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.directory.keycloak.KeycloakRealm;
import org.g5sahel.pcms.directory.model.Agency;
import org.g5sahel.pcms.directory.repository.AgencyRepository;
import org.g5sahel.pcms.directory.service.IdentityChange.Action;
import org.g5sahel.pcms.directory.service.IdentityProviderCommand.Protocol;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * Links an agency's own identity provider (OIDC or SAML 2.0) to its organization in the pcms realm, idempotently: the
 * provider's settings come from its metadata; its officers get {@code pcms_state} and {@code pcms_agency} from the
 * link (hard-coded mappers), never from what the provider asserts; what it asserts as the agency is kept apart
 * ({@code pcms_asserted_agency}) so that the services refuse a provider asserting another agency; its groups grant
 * realm roles. Each call computes every change first; a dry run returns them without applying any.
 */
@ApplicationScoped
public class IdentityProviderOnboarding {

    /** Roles an agency's provider may grant; coordination, audit and administration stay granted inside PCMS. */
    static final Set<String> GRANTABLE_ROLES = Set.of(
            Roles.INVESTIGATOR,
            Roles.ANALYST,
            Roles.BORDER_OFFICER,
            Roles.FIU_ANALYST,
            Roles.FIREARMS_OFFICER,
            Roles.TRAINING_MANAGER);
    /** Keycloak shows the client secret masked; its digest, kept beside it, tells whether a new one was given. */
    static final String SECRET_DIGEST = "pcmsClientSecretSha256";

    private static final String FORCE = "FORCE";
    /** The realm's flow (keycloak/realms/pcms-realm.json) asking PCMS's own second factor after a brokered sign-in. */
    static final String POST_BROKER_LOGIN_FLOW = "pcms brokered second factor";

    static final String SECOND_FACTOR_MAPPER = "second factor asserted";
    /** Realm role the flow checks; it grants no access to anything. */
    static final String MFA_ASSERTED_ROLE = "pcms-mfa-asserted";

    private final KeycloakRealm keycloak;
    private final AgencyRepository agencies;
    private final AgencyOrganizations organizations;

    public IdentityProviderOnboarding(
            KeycloakRealm keycloak, AgencyRepository agencies, AgencyOrganizations organizations) {
        this.keycloak = keycloak;
        this.agencies = agencies;
        this.organizations = organizations;
    }

    public record Plan(String agency, String identityProvider, boolean dryRun, List<IdentityChange> changes) {}

    public static String aliasOf(String agencyCode) {
        return agencyCode.toLowerCase(Locale.ROOT);
    }

    public Plan onboard(String agencyCode, IdentityProviderCommand request, boolean dryRun) {
        Agency agency = agencies.findByIdOptional(agencyCode).orElseThrow(ProblemException::notFound);
        validate(agency, request);
        String alias = aliasOf(agency.code);
        List<IdentityChange> changes = keycloak.call(realm -> {
            List<IdentityChange> planned = new ArrayList<>(organizations.sync(realm, agency, dryRun));
            Map<String, String> imported = importMetadata(realm, request);
            IdentityProviderRepresentation desired = provider(agency, alias, request, imported);
            // Read once: the provider as it was before this call, or none.
            Optional<IdentityProviderRepresentation> existing = realm.identityProviders().findAll().stream()
                    .filter(p -> p.getAlias().equals(alias))
                    .findFirst()
                    .map(p -> realm.identityProviders().get(alias).toRepresentation());
            planned.add(applyProvider(realm, existing, desired, request, dryRun));
            planned.addAll(applyMappers(realm, alias, existing.isPresent(), mappers(agency, alias, request), dryRun));
            planned.add(applyLink(
                    realm,
                    agency.code,
                    alias,
                    existing.map(IdentityProviderRepresentation::getOrganizationId)
                            .orElse(null),
                    dryRun));
            if (!request.enabledOrDefault()) {
                planned.addAll(IdentityProviderLinks.signOut(realm, alias, dryRun));
            }
            return planned;
        });
        if (!dryRun && changes.stream().anyMatch(IdentityChange::changes)) {
            Log.infof("Onboarded identity provider %s of %s: %s", alias, agency.code, changes);
        }
        return new Plan(agency.code, alias, dryRun, changes);
    }

    private static void validate(Agency agency, IdentityProviderCommand request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (agency.status != Agency.Status.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "identity.agency-inactive", agency.code);
        }
        if (request.protocol() == Protocol.OIDC) {
            if (blank(request.clientId())) {
                errors.add(new Problem.FieldError("clientId", "identity.oidc-client-required"));
            }
            if (blank(request.clientSecret())) {
                errors.add(new Problem.FieldError("clientSecret", "identity.oidc-client-required"));
            }
            if (blank(request.secondFactorClaim()) != blank(request.secondFactorValue())) {
                errors.add(new Problem.FieldError("secondFactorValue", "identity.second-factor-claim-and-value"));
            } else if (!blank(request.secondFactorValue()) && !compiles(request.secondFactorValue())) {
                errors.add(new Problem.FieldError("secondFactorValue", "identity.second-factor-value-not-regex"));
            }
        } else {
            if (!blank(request.clientId()) || !blank(request.clientSecret())) {
                errors.add(new Problem.FieldError("clientSecret", "identity.saml-no-client"));
            }
            // Keycloak's SAML mappers cannot read the assertion's AuthnContextClassRef: PCMS asks its own factor.
            if (!blank(request.secondFactorClaim()) || !blank(request.secondFactorValue())) {
                errors.add(new Problem.FieldError("secondFactorClaim", "identity.second-factor-oidc-only"));
            }
        }
        Optional.ofNullable(request.roleMappings()).orElse(Map.of()).forEach((group, role) -> {
            if (!GRANTABLE_ROLES.contains(role)) {
                errors.add(new Problem.FieldError("roleMappings." + group, "identity.role-not-grantable"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
    }

    /** Keycloak reads the provider's discovery document or SAML metadata itself (nothing is stored by this call). */
    private static Map<String, String> importMetadata(RealmResource realm, IdentityProviderCommand request) {
        try {
            return realm.identityProviders()
                    .importFrom(Map.<String, Object>of(
                            "providerId",
                            request.protocol() == Protocol.OIDC ? "oidc" : "saml",
                            "fromUrl",
                            request.metadataUrl()));
        } catch (BadRequestException | jakarta.ws.rs.InternalServerErrorException unreadable) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("metadataUrl", "identity.metadata-unreadable")),
                    "validation-failed.detail",
                    1);
        }
    }

    private IdentityProviderRepresentation provider(
            Agency agency, String alias, IdentityProviderCommand request, Map<String, String> imported) {
        IdentityProviderRepresentation provider = new IdentityProviderRepresentation();
        provider.setAlias(alias);
        provider.setDisplayName(
                blank(request.displayName()) ? AgencyOrganizations.description(agency) : request.displayName());
        provider.setProviderId(request.protocol() == Protocol.OIDC ? "oidc" : "saml");
        provider.setEnabled(request.enabledOrDefault());
        // The provider vouches for its officers' e-mail addresses; the directory of an agency is authoritative there.
        provider.setTrustEmail(true);
        provider.setHideOnLogin(false);
        provider.setFirstBrokerLoginFlowAlias("first broker login");
        // PCMS's own second factor after the provider's sign-in, unless the provider asserted one (mapper below).
        provider.setPostBrokerLoginFlowAlias(POST_BROKER_LOGIN_FLOW);
        Map<String, String> config = new TreeMap<>(imported);
        config.put("syncMode", FORCE);
        if (request.protocol() == Protocol.OIDC) {
            config.put("clientId", request.clientId());
            config.put("clientAuthMethod", "client_secret_post");
            config.put("pkceEnabled", "true");
            config.put("pkceMethod", "S256");
            config.put("defaultScope", "openid profile email");
            config.put("validateSignature", "true");
            config.put("useJwksUrl", "true");
            // Keycloak itself refuses, on its login page, a token asserting another agency or none.
            config.put("filteredByClaim", "true");
            config.put("claimFilterName", request.agencyAttribute());
            config.put("claimFilterValue", "^" + agency.code + "$");
            config.put(SECRET_DIGEST, sha256(request.clientSecret()));
        } else {
            config.put("entityId", keycloak.realmUrl());
            config.put("useMetadataDescriptorUrl", "true");
            config.put("validateSignature", "true");
            config.put("wantAssertionsSigned", "true");
            config.put("principalType", "SUBJECT");
            config.put("allowedClockSkew", "0");
        }
        provider.setConfig(config);
        return provider;
    }

    private static IdentityChange applyProvider(
            RealmResource realm,
            Optional<IdentityProviderRepresentation> existing,
            IdentityProviderRepresentation desired,
            IdentityProviderCommand request,
            boolean dryRun) {
        String target = "identity provider " + desired.getAlias();
        if (existing.isEmpty()) {
            if (!dryRun) {
                withSecret(desired, request);
                AgencyOrganizations.expectSuccess(realm.identityProviders().create(desired), target);
            }
            return new IdentityChange(
                    Action.CREATE, target, desired.getProviderId() + " from " + request.metadataUrl());
        }
        IdentityProviderRepresentation current = existing.get();
        List<String> differences = differences(current, desired);
        if (differences.isEmpty()) {
            return IdentityChange.unchanged(target);
        }
        if (!dryRun) {
            desired.setInternalId(current.getInternalId());
            desired.setOrganizationId(current.getOrganizationId());
            withSecret(desired, request);
            realm.identityProviders().get(desired.getAlias()).update(desired);
        }
        return new IdentityChange(Action.UPDATE, target, String.join("; ", differences));
    }

    private static void withSecret(IdentityProviderRepresentation provider, IdentityProviderCommand request) {
        if (request.protocol() == Protocol.OIDC) {
            provider.getConfig().put("clientSecret", request.clientSecret());
        }
    }

    private static List<String> differences(
            IdentityProviderRepresentation current, IdentityProviderRepresentation desired) {
        List<String> differences = new ArrayList<>();
        compare(differences, "displayName", current.getDisplayName(), desired.getDisplayName());
        compare(differences, "enabled", current.isEnabled(), desired.isEnabled());
        compare(differences, "trustEmail", current.isTrustEmail(), desired.isTrustEmail());
        compare(differences, "hideOnLogin", current.isHideOnLogin(), desired.isHideOnLogin());
        compare(
                differences,
                "firstBrokerLoginFlowAlias",
                current.getFirstBrokerLoginFlowAlias(),
                desired.getFirstBrokerLoginFlowAlias());
        compare(
                differences,
                "postBrokerLoginFlowAlias",
                current.getPostBrokerLoginFlowAlias(),
                desired.getPostBrokerLoginFlowAlias());
        desired.getConfig().forEach((key, value) -> {
            String shown = key.equals(SECRET_DIGEST) ? "clientSecret" : key;
            if (!Objects.equals(current.getConfig().get(key), value)) {
                differences.add(key.equals(SECRET_DIGEST) ? "clientSecret changed" : shown + " → " + value);
            }
        });
        return differences;
    }

    private static void compare(List<String> differences, String field, Object current, Object desired) {
        if (!Objects.equals(current, desired)) {
            differences.add(field + " " + current + " → " + desired);
        }
    }

    /** The mappers the link needs, by name; the onboarding owns every mapper of the provider. */
    private static Map<String, IdentityProviderMapperRepresentation> mappers(
            Agency agency, String alias, IdentityProviderCommand request) {
        boolean oidc = request.protocol() == Protocol.OIDC;
        Map<String, IdentityProviderMapperRepresentation> mappers = new LinkedHashMap<>();
        hardcoded(mappers, alias, IdentityProviderLinks.AGENCY_MAPPER, agency.code);
        hardcoded(mappers, alias, "pcms_state", agency.state);
        hardcoded(mappers, alias, "pcms_identity_provider", alias);
        if (oidc) {
            mapper(
                    mappers,
                    alias,
                    "pcms_asserted_agency",
                    "oidc-user-attribute-idp-mapper",
                    Map.of(
                            "claim",
                            request.agencyAttribute(),
                            "user.attribute",
                            "pcms_asserted_agency",
                            "syncMode",
                            FORCE));
            // Usernames are prefixed with the provider so that two agencies' "a.diallo" never meet.
            mapper(
                    mappers,
                    alias,
                    "username",
                    "oidc-username-idp-mapper",
                    Map.of(
                            "template",
                            "${ALIAS}.${CLAIM.preferred_username}",
                            "target",
                            "LOCAL",
                            "syncMode",
                            "IMPORT"));
            if (!blank(request.secondFactorClaim())) {
                // Re-evaluated at every sign-in (FORCE): the role is taken back when the provider stops asserting it.
                mapper(
                        mappers,
                        alias,
                        SECOND_FACTOR_MAPPER,
                        "oidc-advanced-role-idp-mapper",
                        Map.of(
                                "claims",
                                "[{\"key\":" + jsonString(request.secondFactorClaim()) + ",\"value\":"
                                        + jsonString(request.secondFactorValue()) + "}]",
                                "are.claim.values.regex",
                                "true",
                                "role",
                                MFA_ASSERTED_ROLE,
                                "syncMode",
                                FORCE));
            }
        } else {
            mapper(
                    mappers,
                    alias,
                    "pcms_asserted_agency",
                    "saml-user-attribute-idp-mapper",
                    Map.of(
                            "attribute.name",
                            request.agencyAttribute(),
                            "user.attribute",
                            "pcms_asserted_agency",
                            "syncMode",
                            FORCE));
            mapper(
                    mappers,
                    alias,
                    "username",
                    "saml-username-idp-mapper",
                    Map.of("template", "${ALIAS}.${NAMEID}", "target", "LOCAL", "syncMode", "IMPORT"));
            for (String attribute : List.of("email", "firstName", "lastName")) {
                mapper(
                        mappers,
                        alias,
                        attribute,
                        "saml-user-attribute-idp-mapper",
                        Map.of("attribute.name", attribute, "user.attribute", attribute, "syncMode", FORCE));
            }
        }
        new TreeMap<>(Optional.ofNullable(request.roleMappings()).orElse(Map.of())).forEach((group, role) -> {
            Map<String, String> config = oidc
                    ? Map.of(
                            "claim",
                            request.groupsAttributeOrDefault(),
                            "claim.value",
                            group,
                            "role",
                            role,
                            "syncMode",
                            FORCE)
                    : Map.of(
                            "attribute.name",
                            request.groupsAttributeOrDefault(),
                            "attribute.value",
                            group,
                            "role",
                            role,
                            "syncMode",
                            FORCE);
            mapper(mappers, alias, "role " + group, oidc ? "oidc-role-idp-mapper" : "saml-role-idp-mapper", config);
        });
        return mappers;
    }

    private static void hardcoded(
            Map<String, IdentityProviderMapperRepresentation> mappers, String alias, String attribute, String value) {
        mapper(
                mappers,
                alias,
                attribute,
                "hardcoded-attribute-idp-mapper",
                Map.of("attribute", attribute, "attribute.value", value, "syncMode", FORCE));
    }

    private static void mapper(
            Map<String, IdentityProviderMapperRepresentation> mappers,
            String alias,
            String name,
            String type,
            Map<String, String> config) {
        IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
        mapper.setName(name);
        mapper.setIdentityProviderAlias(alias);
        mapper.setIdentityProviderMapper(type);
        mapper.setConfig(new TreeMap<>(config));
        mappers.put(name, mapper);
    }

    private static List<IdentityChange> applyMappers(
            RealmResource realm,
            String alias,
            boolean providerExisted,
            Map<String, IdentityProviderMapperRepresentation> desired,
            boolean dryRun) {
        Map<String, IdentityProviderMapperRepresentation> current = new LinkedHashMap<>();
        if (providerExisted) {
            realm.identityProviders().get(alias).getMappers().forEach(m -> current.put(m.getName(), m));
        }
        List<IdentityChange> changes = new ArrayList<>();
        desired.forEach((name, mapper) -> {
            String target = "mapper " + alias + "/" + name;
            IdentityProviderMapperRepresentation existing = current.remove(name);
            if (existing == null) {
                if (!dryRun) {
                    AgencyOrganizations.expectSuccess(
                            realm.identityProviders().get(alias).addMapper(mapper), target);
                }
                changes.add(new IdentityChange(
                        Action.CREATE, target, mapper.getIdentityProviderMapper() + " " + mapper.getConfig()));
            } else if (!existing.getIdentityProviderMapper().equals(mapper.getIdentityProviderMapper())
                    || !existing.getConfig()
                            .entrySet()
                            .containsAll(mapper.getConfig().entrySet())) {
                if (!dryRun) {
                    mapper.setId(existing.getId());
                    realm.identityProviders().get(alias).update(existing.getId(), mapper);
                }
                changes.add(new IdentityChange(
                        Action.UPDATE, target, mapper.getIdentityProviderMapper() + " " + mapper.getConfig()));
            } else {
                changes.add(IdentityChange.unchanged(target));
            }
        });
        current.forEach((name, extra) -> {
            if (!dryRun) {
                realm.identityProviders().get(alias).delete(extra.getId());
            }
            changes.add(new IdentityChange(Action.DELETE, "mapper " + alias + "/" + name, "not part of the link"));
        });
        return changes;
    }

    /** The provider belongs to its agency's organization: its officers become managed members of it. */
    private static IdentityChange applyLink(
            RealmResource realm, String code, String alias, String linkedTo, boolean dryRun) {
        String target = "link " + alias + " → organization " + code;
        Optional<OrganizationRepresentation> organization = AgencyOrganizations.find(realm, code);
        if (organization.isPresent() && organization.get().getId().equals(linkedTo)) {
            return IdentityChange.unchanged(target);
        }
        if (!dryRun) {
            if (linkedTo != null) {
                realm.organizations()
                        .get(linkedTo)
                        .identityProviders()
                        .get(alias)
                        .delete()
                        .close();
            }
            String organizationId = organization.orElseThrow().getId();
            AgencyOrganizations.expectSuccess(
                    realm.organizations()
                            .get(organizationId)
                            .identityProviders()
                            .addIdentityProvider(alias),
                    target);
        }
        return new IdentityChange(linkedTo == null ? Action.CREATE : Action.UPDATE, target, "");
    }

    private static boolean compiles(String regex) {
        try {
            java.util.regex.Pattern.compile(regex);
            return true;
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
