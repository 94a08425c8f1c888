package org.g5sahel.pcms.commons.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/** Reads a {@link Caller} from a verified access token; refuses tokens without a valid State and agency. */
public final class CallerClaims {

    public static final String STATE_CLAIM = "pcms_state";
    public static final String AGENCY_CLAIM = "pcms_agency";

    private static final Pattern AGENCY_CODE = Pattern.compile("^[A-Z0-9]+(-[A-Z0-9]+)+$");

    private CallerClaims() {
    }

    public static Caller from(JsonWebToken token) {
        String state = token.getClaim(STATE_CLAIM);
        String agency = token.getClaim(AGENCY_CLAIM);
        if (state == null || agency == null || !Jurisdictions.isKnown(state) || !AGENCY_CODE.matcher(agency).matches()
                || !agency.startsWith(state + "-")) {
            throw new ProblemException(ProblemType.MISSING_IDENTITY_CLAIMS);
        }
        String username = Optional.ofNullable((String) token.getClaim("preferred_username")).orElse(token.getSubject());
        return new Caller(token.getSubject(), username, state, agency, realmRoles(token));
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
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
