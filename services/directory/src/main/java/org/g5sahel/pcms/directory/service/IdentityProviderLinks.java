package org.g5sahel.pcms.directory.service;

import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.g5sahel.pcms.directory.service.IdentityChange.Action;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** What the directory reads and does on an identity provider of the pcms realm, whoever asked for it. */
final class IdentityProviderLinks {

    static final String AGENCY_MAPPER = "pcms_agency";
    private static final int PAGE = 100;

    private IdentityProviderLinks() {}

    /** The agency an identity provider's hard-coded mapper gives its officers, if it has one. */
    static Optional<String> linkedAgency(RealmResource realm, String alias) {
        return realm.identityProviders().get(alias).getMappers().stream()
                .filter(mapper -> AGENCY_MAPPER.equals(mapper.getName()))
                .map(IdentityProviderMapperRepresentation::getConfig)
                .map(config -> config.get("attribute.value"))
                .findFirst();
    }

    /**
     * Disables an identity provider and ends the sessions of the officers who came through it: disabling alone stops
     * new sign-ins, but a refresh token would still be honoured.
     */
    static List<IdentityChange> disable(RealmResource realm, String alias, boolean dryRun) {
        IdentityProviderRepresentation provider =
                realm.identityProviders().get(alias).toRepresentation();
        List<IdentityChange> changes = new ArrayList<>();
        String target = "identity provider " + alias;
        if (provider.isEnabled()) {
            changes.add(new IdentityChange(Action.UPDATE, target, "enabled true → false"));
            if (!dryRun) {
                provider.setEnabled(false);
                realm.identityProviders().get(alias).update(provider);
            }
        } else {
            changes.add(IdentityChange.unchanged(target));
        }
        changes.addAll(signOut(realm, alias, dryRun));
        return changes;
    }

    /** Ends the sessions of the officers who came through the provider and are still signed in. */
    static List<IdentityChange> signOut(RealmResource realm, String alias, boolean dryRun) {
        List<UserRepresentation> signedIn = officers(realm, alias).stream()
                .filter(officer ->
                        !realm.users().get(officer.getId()).getUserSessions().isEmpty())
                .toList();
        if (signedIn.isEmpty()) {
            return List.of();
        }
        if (!dryRun) {
            signedIn.forEach(officer -> realm.users().get(officer.getId()).logout());
            Log.infof("Signed out %d officer(s) of identity provider %s", signedIn.size(), alias);
        }
        return List.of(new IdentityChange(
                Action.SIGN_OUT, "sessions of " + alias, signedIn.size() + " officer(s) signed in through it"));
    }

    /** Every user of the realm linked to that identity provider. */
    private static List<UserRepresentation> officers(RealmResource realm, String alias) {
        List<UserRepresentation> officers = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> page =
                    realm.users().search(null, null, null, null, null, alias, null, first, PAGE, null, true);
            officers.addAll(page);
            if (page.size() < PAGE) {
                return officers;
            }
        }
    }
}
