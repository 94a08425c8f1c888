package org.g5sahel.pcms.systemtests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of caller of the authorization matrix, each with a real token of the platform's Keycloak and the realm
 * roles it carries. Tokens are taken when the matrix starts; it runs well within their life.
 */
final class Callers {

    /** {@code token} is null for the anonymous caller. */
    record Caller(String kind, String token, List<String> roles) {

        boolean mayCall(OpenApi.Operation operation) {
            return token != null
                    && (operation.roles().isEmpty()
                            || operation.roles().stream().anyMatch(roles::contains));
        }
    }

    private Callers() {}

    static List<Caller> all() {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("investigator of the owning agency", "ne-investigator");
        users.put("analyst of another agency of the same State", "ne-analyst");
        users.put("investigator of another State", "ml-investigator");
        users.put("national coordinator", "ne-coordinator");
        users.put("regional coordinator", "g5-coordinator");
        users.put("auditor", "g5-auditor");
        users.put("platform administrator", "platform-admin");
        users.put("border officer", "td-border");
        users.put("firearms officer", "td-firearms");
        users.put("FIU analyst", "td-fiu");
        users.put("training manager", "td-training");
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("anonymous", null, List.of()));
        users.forEach((kind, user) -> callers.add(caller(kind, Tokens.of(user))));
        callers.add(caller("partner system", Tokens.partner()));
        return callers;
    }

    private static Caller caller(String kind, String token) {
        return new Caller(kind, token, Tokens.realmRoles(token));
    }
}
