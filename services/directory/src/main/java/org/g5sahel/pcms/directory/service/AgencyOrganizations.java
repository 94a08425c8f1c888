package org.g5sahel.pcms.directory.service;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.g5sahel.pcms.directory.keycloak.KeycloakRealm;
import org.g5sahel.pcms.directory.model.Agency;
import org.g5sahel.pcms.directory.repository.AgencyRepository;
import org.g5sahel.pcms.directory.service.IdentityChange.Action;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * One Keycloak organization per agency of the directory: alias and name are the agency code, its State in the
 * {@code pcms_state} attribute, enabled while the agency is active. Disabling an organization disables its managed
 * members in Keycloak, so their next token refresh fails; the agency's identity providers are disabled with it.
 */
@ApplicationScoped
public class AgencyOrganizations {

    static final String STATE_ATTRIBUTE = "pcms_state";
    private static final int DESCRIPTION_LIMIT = 255;
    private static final int PAGE = 100;
    private final KeycloakRealm keycloak;
    private final AgencyRepository agencies;

    public AgencyOrganizations(KeycloakRealm keycloak, AgencyRepository agencies) {
        this.keycloak = keycloak;
        this.agencies = agencies;
    }

    /** The organization of one agency, created or brought in line; in a dry run, only what would change. */
    public List<IdentityChange> sync(Agency agency, boolean dryRun) {
        return keycloak.call(realm -> sync(realm, agency, dryRun));
    }

    /** Every agency of the directory, e.g. after reference data came with a migration (which publishes no event). */
    public List<IdentityChange> reconcile(boolean dryRun) {
        List<Agency> all = agencies.listAll(Sort.by("code"));
        return keycloak.call(realm -> {
            Map<String, OrganizationRepresentation> organizations = byAlias(realm);
            List<IdentityChange> changes = new ArrayList<>();
            for (Agency agency : all) {
                changes.addAll(sync(realm, agency, Optional.ofNullable(organizations.get(agency.code)), dryRun));
            }
            return changes;
        });
    }

    /** Where Keycloak and the directory disagree; changes nothing. */
    public List<IdentityDrift> drift() {
        Map<String, Agency> byCode = agencies.listAll(Sort.by("code")).stream()
                .collect(Collectors.toMap(agency -> agency.code, Function.identity()));
        return keycloak.call(realm -> {
            List<IdentityDrift> drift = new ArrayList<>();
            Map<String, OrganizationRepresentation> organizations = byAlias(realm);
            Map<String, String> aliasById = new HashMap<>();
            organizations.forEach((alias, organization) -> {
                aliasById.put(organization.getId(), alias);
                Agency agency = byCode.get(alias);
                if (agency == null) {
                    drift.add(new IdentityDrift(
                            alias,
                            IdentityDrift.Kind.ORGANIZATION_WITHOUT_AGENCY,
                            "no agency of the directory has this code"));
                } else {
                    drift.addAll(differences(agency, organization));
                }
            });
            for (IdentityProviderRepresentation provider :
                    realm.identityProviders().findAll()) {
                String code = aliasById.get(provider.getOrganizationId());
                if (code != null) {
                    IdentityProviderLinks.linkedAgency(realm, provider.getAlias())
                            .filter(linked -> !linked.equals(code))
                            .ifPresent(linked -> drift.add(new IdentityDrift(
                                    code,
                                    IdentityDrift.Kind.IDENTITY_PROVIDER_OF_ANOTHER_AGENCY,
                                    "identity provider " + provider.getAlias() + " sets pcms_agency " + linked)));
                }
            }
            byCode.keySet().stream()
                    .filter(code -> !organizations.containsKey(code))
                    .sorted()
                    .forEach(code -> drift.add(new IdentityDrift(
                            code, IdentityDrift.Kind.MISSING_ORGANIZATION, "the agency has no organization")));
            return drift;
        });
    }

    /** An identity provider officers of an agency sign in with: its alias and the agency's code. */
    public record ProviderLink(String alias, String agencyCode) {}

    /**
     * The enabled identity providers of the agencies' organizations whose agency mapper names that same agency: a
     * provider in drift (another agency's mapper, no mapper) is no sign-in option.
     */
    public List<ProviderLink> signInProviders() {
        return keycloak.call(realm -> {
            Map<String, String> aliasById = new HashMap<>();
            byAlias(realm).forEach((alias, organization) -> aliasById.put(organization.getId(), alias));
            List<ProviderLink> links = new ArrayList<>();
            for (IdentityProviderRepresentation provider :
                    realm.identityProviders().findAll()) {
                String code = aliasById.get(provider.getOrganizationId());
                if (code != null
                        && provider.isEnabled()
                        && IdentityProviderLinks.linkedAgency(realm, provider.getAlias())
                                .filter(code::equals)
                                .isPresent()) {
                    links.add(new ProviderLink(provider.getAlias(), code));
                }
            }
            return links;
        });
    }

    /** Every organization of the realm in full, by alias, a page at a time: one call per hundred agencies. */
    private static Map<String, OrganizationRepresentation> byAlias(RealmResource realm) {
        Map<String, OrganizationRepresentation> organizations = new TreeMap<>();
        for (int first = 0; ; first += PAGE) {
            List<OrganizationRepresentation> page = realm.organizations().search(null, false, first, PAGE, false);
            page.forEach(organization -> organizations.put(organization.getAlias(), organization));
            if (page.size() < PAGE) {
                return organizations;
            }
        }
    }

    /** The organization of an agency code, in full, if Keycloak has one. */
    static Optional<OrganizationRepresentation> find(RealmResource realm, String code) {
        return realm.organizations().search(code, true, 0, 2).stream()
                .filter(o -> code.equals(o.getAlias()))
                .findFirst()
                .map(brief -> realm.organizations().get(brief.getId()).toRepresentation());
    }

    List<IdentityChange> sync(RealmResource realm, Agency agency, boolean dryRun) {
        return sync(realm, agency, find(realm, agency.code), dryRun);
    }

    private List<IdentityChange> sync(
            RealmResource realm, Agency agency, Optional<OrganizationRepresentation> existing, boolean dryRun) {
        String target = "organization " + agency.code;
        if (existing.isEmpty()) {
            if (!dryRun) {
                OrganizationRepresentation organization = new OrganizationRepresentation();
                organization.setName(agency.code);
                organization.setAlias(agency.code);
                apply(agency, organization);
                try (Response created = realm.organizations().create(organization)) {
                    // 409: created meanwhile by the event consumer or the start-up reconciliation; nothing to do.
                    if (created.getStatus() != Response.Status.CONFLICT.getStatusCode()) {
                        expectSuccess(created, target);
                        Log.infof("Created the organization of %s", agency.code);
                    }
                }
            }
            return List.of(new IdentityChange(Action.CREATE, target, describe(agency)));
        }
        OrganizationRepresentation organization = existing.get();
        List<IdentityDrift> differences = differences(agency, organization);
        if (differences.isEmpty()) {
            return List.of(IdentityChange.unchanged(target));
        }
        List<IdentityChange> changes = new ArrayList<>();
        changes.add(new IdentityChange(
                Action.UPDATE,
                target,
                differences.stream().map(IdentityDrift::detail).collect(Collectors.joining("; "))));
        boolean disabling = organization.isEnabled() && !active(agency);
        if (!dryRun) {
            apply(agency, organization);
            expectSuccess(realm.organizations().get(organization.getId()).update(organization), target);
            Log.infof(
                    "Updated the organization of %s: %s",
                    agency.code, changes.get(0).detail());
        }
        if (disabling) {
            for (IdentityProviderRepresentation provider : realm.organizations()
                    .get(organization.getId())
                    .identityProviders()
                    .getIdentityProviders()) {
                changes.addAll(IdentityProviderLinks.disable(realm, provider.getAlias(), dryRun));
            }
        }
        return changes;
    }

    private static List<IdentityDrift> differences(Agency agency, OrganizationRepresentation organization) {
        List<IdentityDrift> differences = new ArrayList<>();
        if (organization.isEnabled() != active(agency)) {
            differences.add(new IdentityDrift(
                    agency.code,
                    IdentityDrift.Kind.ENABLED_DIFFERS,
                    "enabled " + organization.isEnabled() + " → " + active(agency)));
        }
        String state = Optional.ofNullable(organization.getAttributes())
                .map(a -> a.get(STATE_ATTRIBUTE))
                .filter(values -> !values.isEmpty())
                .map(values -> values.get(0))
                .orElse(null);
        if (!agency.state.equals(state)) {
            differences.add(new IdentityDrift(
                    agency.code, IdentityDrift.Kind.STATE_DIFFERS, "pcms_state " + state + " → " + agency.state));
        }
        if (!Objects.equals(organization.getDescription(), description(agency))) {
            differences.add(new IdentityDrift(
                    agency.code, IdentityDrift.Kind.DESCRIPTION_DIFFERS, "description → " + description(agency)));
        }
        return differences;
    }

    private static void apply(Agency agency, OrganizationRepresentation organization) {
        organization.setEnabled(active(agency));
        organization.setDescription(description(agency));
        Map<String, List<String>> attributes =
                new HashMap<>(Optional.ofNullable(organization.getAttributes()).orElse(Map.of()));
        attributes.put(STATE_ATTRIBUTE, List.of(agency.state));
        organization.setAttributes(attributes);
    }

    private static boolean active(Agency agency) {
        return agency.status == Agency.Status.ACTIVE;
    }

    /** Keycloak keeps 255 characters of a description; an agency's name may have up to 300. */
    static String description(Agency agency) {
        return agency.nameFr.length() <= DESCRIPTION_LIMIT
                ? agency.nameFr
                : agency.nameFr.substring(0, DESCRIPTION_LIMIT);
    }

    private static String describe(Agency agency) {
        return "State " + agency.state + ", " + (active(agency) ? "enabled" : "disabled") + ", " + agency.nameFr;
    }

    /** The admin client returns a bare response from creations and some updates: a refusal must not pass unseen. */
    static void expectSuccess(Response response, String target) {
        try (response) {
            int status = response.getStatus();
            if (status >= 300) {
                String body = response.hasEntity() ? response.readEntity(String.class) : "";
                throw new WebApplicationException(
                        "Keycloak refused the change of " + target + ": " + status + " " + body, status);
            }
        }
    }
}
