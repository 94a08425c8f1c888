package org.g5sahel.pcms.web.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.RequestScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Who is signed in, as the header of every page shows it: name, agency, State and roles, read from the officer's
 * access token. For display and for choosing what to offer only: the API decides, on every call, what the officer may
 * do.
 */
@RequestScoped
@TemplateData
public class Officer {

    private final String name;
    private final String agency;
    private final String state;
    private final List<String> roles;

    public Officer(AccessTokenCredential accessToken, ObjectMapper json) {
        JsonNode claims = claims(accessToken.getToken(), json);
        this.name = claims.path("name").asText(claims.path("preferred_username").asText(""));
        this.agency = claims.path("pcms_agency").asText("");
        this.state = claims.path("pcms_state").asText("");
        List<String> realmRoles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(role -> realmRoles.add(role.asText()));
        this.roles = realmRoles.stream().filter(Officer::isPcmsRole).sorted().toList();
    }

    private static boolean isPcmsRole(String role) {
        return !role.startsWith("default-roles") && !role.equals("offline_access") && !role.equals("uma_authorization");
    }

    /** The claims of a JWT the console received from Keycloak over TLS and the API verifies on every call. */
    static JsonNode claims(String jwt, ObjectMapper json) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return json.createObjectNode();
        }
    }

    public String name() {
        return name;
    }

    public String agency() {
        return agency;
    }

    public String state() {
        return state;
    }

    public List<String> roles() {
        return roles;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean coordinator() {
        return has("national-coordinator") || has("regional-coordinator");
    }
}
