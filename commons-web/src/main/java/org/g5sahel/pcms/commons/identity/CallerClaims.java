package org.g5sahel.pcms.commons.identity;

import io.quarkus.logging.Log;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * Reads a {@link Caller} from a verified access token; refuses tokens without a valid State and agency, and tokens of
 * an officer whose agency's identity provider asserted another agency (or none) than the one PCMS links it to.
 */
public final class CallerClaims {

    public static final String STATE_CLAIM = "pcms_state";
    public static final String AGENCY_CLAIM = "pcms_agency";
    /** Set by the pcms realm for officers who signed in through their agency's identity provider: its alias. */
    public static final String IDENTITY_PROVIDER_CLAIM = "pcms_identity_provider";
    /** The agency that identity provider asserted; {@link #AGENCY_CLAIM} is the one the realm links it to. */
    public static final String ASSERTED_AGENCY_CLAIM = "pcms_asserted_agency";

    private CallerClaims() {}

    public static Caller from(JsonWebToken token) {
        String state = token.getClaim(STATE_CLAIM);
        String agency = token.getClaim(AGENCY_CLAIM);
        if (state == null || agency == null || !Jurisdictions.isKnown(state) || !AgencyCode.isOf(agency, state)) {
            throw new ProblemException(ProblemType.MISSING_IDENTITY_CLAIMS);
        }
        checkAssertedAgency(token, agency);
        return new Caller(token.getSubject(), username(token), state, agency, realmRoles(token));
    }

    /**
     * The name the audit log shows: the officer's username, or for a partner system (client credentials, whose token
     * has no username) its service account named after the client, as in Keycloak — never an opaque subject id.
     */
    static String username(JsonWebToken token) {
        String username = token.getClaim("preferred_username");
        if (username != null) {
            return username;
        }
        String client = token.getClaim("client_id");
        return client != null ? "service-account-" + client : token.getSubject();
    }

    /**
     * The realm takes an officer's agency from the identity provider's link, never from what it asserts; an identity
     * provider asserting another agency is misconfigured or hostile, and its officers get no access.
     */
    private static void checkAssertedAgency(JsonWebToken token, String agency) {
        String identityProvider = token.getClaim(IDENTITY_PROVIDER_CLAIM);
        if (identityProvider == null) {
            return;
        }
        String asserted = token.getClaim(ASSERTED_AGENCY_CLAIM);
        if (asserted == null) {
            Log.warnf("Refused %s: identity provider %s asserted no agency", token.getSubject(), identityProvider);
            throw new ProblemException(
                    ProblemType.IDENTITY_PROVIDER_MISMATCH,
                    "identity-provider-mismatch.missing-agency",
                    identityProvider);
        }
        if (!asserted.equals(agency)) {
            Log.warnf(
                    "Refused %s: identity provider %s, linked to %s, asserted agency %s",
                    token.getSubject(), identityProvider, agency, asserted);
            throw new ProblemException(
                    ProblemType.IDENTITY_PROVIDER_MISMATCH,
                    "identity-provider-mismatch.detail",
                    identityProvider,
                    asserted);
        }
    }

    private static Set<String> realmRoles(JsonWebToken token) {
        Object realmAccess = token.getClaim("realm_access");
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(CallerClaims::unquote).collect(Collectors.toSet());
        }
        return token.getGroups() == null ? Set.of() : token.getGroups();
    }

    /** JSON-P string values print with quotes; roles are compared as plain strings. */
    private static String unquote(Object value) {
        String text = value.toString();
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1)
                : text;
    }
}
