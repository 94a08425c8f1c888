package org.g5sahel.pcms.commons.identity;

import java.util.Set;

/**
 * Who is calling, as asserted by the identity provider: never by the request body.
 *
 * @param subject  the token subject (stable user or service-account id)
 * @param username the human-readable login, for audit
 * @param state    {@code pcms_state}: a member State, {@code G5} or a partner code
 * @param agency   {@code pcms_agency}: the agency code of the directory, e.g. {@code NE-OCRTIS}
 * @param roles    realm roles
 */
public record Caller(String subject, String username, String state, String agency, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A member of the G5 community: an agency of one of the five States or the regional unit. */
    public boolean isG5Member() {
        return Jurisdictions.isOwner(state);
    }

    public boolean isPartner() {
        return Jurisdictions.isPartner(state);
    }

    /** The national coordinator of {@code ownerState}: may manage that State's sharing decisions. */
    public boolean isNationalCoordinatorOf(String ownerState) {
        return hasRole(Roles.NATIONAL_COORDINATOR) && state.equals(ownerState);
    }
}
