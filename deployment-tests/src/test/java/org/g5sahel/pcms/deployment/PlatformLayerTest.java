package org.g5sahel.pcms.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of k8s/ parses: standard kinds into the typed model without unknown fields, the operators' custom
 * resources with the fields their kind requires; kustomizations name files that exist; the realm import is the
 * production flavour of the realm the local run uses.
 */
class PlatformLayerTest {

    /** The fields each custom resource kind must have (JSON pointers), from the operators' CRDs. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "Cluster",
                    List.of("/spec/instances", "/spec/storage/size", "/spec/backup/barmanObjectStore/destinationPath"),
            "Database", List.of("/spec/name", "/spec/owner", "/spec/cluster/name"),
            "ScheduledBackup", List.of("/spec/schedule", "/spec/cluster/name"),
            "RabbitmqCluster", List.of("/spec/replicas"),
            "Keycloak",
                    List.of("/spec/instances", "/spec/hostname/hostname", "/spec/db/vendor", "/spec/http/tlsSecret"),
            "KeycloakRealmImport", List.of("/spec/keycloakCRName", "/spec/realm/realm"),
            "Kustomization", List.of("/resources"));

    private static final Path REALM_IMPORT = Manifests.K8S.resolve("keycloak/realm-import.yaml");

    @Test
    void everyFileParsesIntoItsKind() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            for (JsonNode document : Manifests.documents(file)) {
                String kind = document.path("kind").asText();
                String where = Manifests.K8S.relativize(file) + " " + kind + " "
                        + document.at("/metadata/name").asText();
                if (REQUIRED.containsKey(kind)) {
                    for (String pointer : REQUIRED.get(kind)) {
                        assertThat(document.at(pointer).isMissingNode())
                                .as(where + " needs " + pointer)
                                .isFalse();
                    }
                    if (kind.equals("Kustomization")) {
                        document.get("resources")
                                .forEach(resource -> assertThat(file.getParent().resolve(resource.asText()))
                                        .as(where)
                                        .exists());
                    }
                } else {
                    HasMetadata typed = Manifests.typed(document);
                    assertThat(typed.getClass().getSimpleName())
                            .as(where + " is a known kind")
                            .isEqualTo(kind);
                    assertThat(Manifests.unknownFields(typed)).as(where).isEmpty();
                }
            }
        }
    }

    @Test
    void everyServiceHasItsDatabase() throws IOException {
        List<String> databases = databases();
        for (String service : Manifests.serviceNames()) {
            assertThat(databases).contains("pcms_" + service);
        }
    }

    /** The databases k8s/ creates: the cluster's bootstrap one and the Database resources. */
    private static List<String> databases() throws IOException {
        return Stream.concat(
                        Manifests.documents(Manifests.K8S.resolve("postgres/databases.yaml")).stream()
                                .map(database -> database.at("/spec/name").asText()),
                        Stream.of(Manifests.documents(Manifests.K8S.resolve("postgres/cluster.yaml"))
                                .get(0)
                                .at("/spec/bootstrap/initdb/database")
                                .asText()))
                .toList();
    }

    /** The chart connects to no database that k8s/ does not create: the console's session store included. */
    @Test
    void everyDatabaseTheChartConnectsToExists() throws IOException {
        List<String> connected = new java.util.ArrayList<>();
        for (JsonNode document : Manifests.documents(Manifests.render(null))) {
            String url = document.at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText();
            if (document.path("kind").asText().equals("ConfigMap") && !url.isEmpty()) {
                connected.add(url.substring(url.lastIndexOf('/') + 1));
            }
        }
        assertThat(connected)
                .contains("pcms_web")
                .hasSize(Manifests.serviceNames().size() + 1);
        assertThat(databases()).containsAll(connected);
    }

    /**
     * The console's confidential client in production: no secret in the import (Keycloak generates it; it goes to the
     * Secret pcms-web, like pcms-directory's to pcms-directory), and its redirects on the one origin of the chart's
     * ingress.
     */
    @Test
    void theConsolesClientHasNoSecretAndSignsInOnTheApisOrigin() throws IOException {
        JsonNode realm = Manifests.documents(REALM_IMPORT).get(0).at("/spec/realm");
        JsonNode web = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("pcms-web")) {
                web = client;
            }
        }
        assertThat(web).isNotNull();
        assertThat(web.path("publicClient").asBoolean(true)).isFalse();
        assertThat(web.path("clientAuthenticatorType").asText()).isEqualTo("client-secret");
        assertThat(web.has("secret")).isFalse();
        String origin = consoleOrigin();
        assertThat(origin).isEqualTo("https://api.pcms.g5sahel.org");
        assertThat(web.path("redirectUris").toString()).isEqualTo("[\"" + origin + "/*\"]");
        assertThat(web.path("webOrigins").toString()).isEqualTo("[\"" + origin + "\"]");
        assertThat(web.at("/attributes/post.logout.redirect.uris").asText()).isEqualTo(origin + "/*");
    }

    /**
     * Regenerate the import after changing the realm: {@code ./mvnw -pl deployment-tests test
     * -Dpcms.write-realm-import=true}.
     */
    @Test
    void theRealmImportIsTheProductionFlavourOfTheLocalRealm() throws IOException {
        JsonNode local = new ObjectMapper()
                .readTree(Manifests.ROOT
                        .resolve("keycloak/realms/pcms-realm.json")
                        .toFile());
        JsonNode expected = productionFlavour(local);
        if (Boolean.getBoolean("pcms.write-realm-import")) {
            Files.writeString(REALM_IMPORT, realmImport(expected));
        }
        JsonNode imported = Manifests.documents(REALM_IMPORT).get(0).at("/spec/realm");
        assertThat(imported).isEqualTo(expected);
        assertThat(imported.path("users"))
                .allMatch(user -> user.get("username").asText().startsWith("service-account-"));
        assertThat(imported.path("clients"))
                .noneMatch(client -> client.path("directAccessGrantsEnabled").asBoolean())
                .noneMatch(client -> client.has("secret"))
                .noneMatch(client -> client.path("redirectUris").toString().contains("localhost"))
                .noneMatch(client -> client.path("attributes").toString().contains("localhost"));
        assertThat(imported.path("roles").path("realm"))
                .isEqualTo(local.path("roles").path("realm"));
    }

    /** Every browser sign-in of the production realm asks a second factor; no user comes with a credential. */
    @Test
    void theProductionRealmRequiresASecondFactorAndHoldsNoCredential() throws IOException {
        JsonNode realm = Manifests.documents(REALM_IMPORT).get(0).at("/spec/realm");
        assertThat(realm.path("users"))
                .allMatch(user -> user.path("credentials").isEmpty());
        assertThat(realm.path("otpPolicyCodeReusable").asBoolean(true)).isFalse();
        assertThat(realm.path("clients"))
                .allMatch(client ->
                        client.path("authenticationFlowBindingOverrides").isEmpty());
        Map<String, JsonNode> flows = new java.util.HashMap<>();
        realm.path("authenticationFlows")
                .forEach(flow -> flows.put(flow.path("alias").asText(), flow));
        assertThat(flows).doesNotContainKey("pcms-cli direct grant");

        // Browser: cookie, agency provider or the forms; the forms: password AND a second-factor sub-flow whose every
        // alternative ends in a code or a security key (the last one makes a user without any set TOTP up).
        JsonNode forms = subFlow(flows, flows.get(realm.path("browserFlow").asText()), "ALTERNATIVE");
        assertThat(authenticators(forms, "REQUIRED")).containsExactly("auth-username-password-form");
        JsonNode secondFactor = subFlow(flows, forms, "REQUIRED");
        assertThat(authenticators(secondFactor, "ALTERNATIVE"))
                .containsExactlyInAnyOrder("auth-otp-form", "webauthn-authenticator");
        assertThat(authenticators(subFlow(flows, secondFactor, "ALTERNATIVE"), "REQUIRED"))
                .containsExactly("auth-otp-form");
        assertThat(authenticators(flows.get(realm.path("directGrantFlow").asText()), "REQUIRED"))
                .contains("direct-grant-validate-otp");
        // After an agency provider's sign-in: PCMS's code unless the provider asserted a second factor.
        JsonNode brokered = subFlow(flows, flows.get("pcms brokered second factor"), "CONDITIONAL");
        assertThat(authenticators(brokered, "REQUIRED")).containsExactly("conditional-user-role", "auth-otp-form");
    }

    private static JsonNode subFlow(Map<String, JsonNode> flows, JsonNode flow, String requirement) {
        List<JsonNode> found = new java.util.ArrayList<>();
        flow.path("authenticationExecutions").forEach(execution -> {
            if (execution.path("authenticatorFlow").asBoolean()
                    && execution.path("requirement").asText().equals(requirement)) {
                found.add(flows.get(execution.path("flowAlias").asText()));
            }
        });
        assertThat(found)
                .as("%s sub-flows of %s", requirement, flow.path("alias").asText())
                .hasSize(1);
        return found.get(0);
    }

    private static List<String> authenticators(JsonNode flow, String requirement) {
        List<String> found = new java.util.ArrayList<>();
        flow.path("authenticationExecutions").forEach(execution -> {
            if (!execution.path("authenticatorFlow").asBoolean()
                    && execution.path("requirement").asText().equals(requirement)) {
                found.add(execution.path("authenticator").asText());
            }
        });
        return found;
    }

    /**
     * The local realm without what only development needs: demo users (service accounts stay: they carry the
     * partners' identity) with their credentials, clients with the password grant and the flows only they used,
     * client secrets (Keycloak makes new ones), localhost redirects, also after sign-out (the console's production
     * origin instead: the chart's ingress host, which it shares with the API),
     * reusable one-time codes; TLS required for every client.
     */
    static JsonNode productionFlavour(JsonNode local) throws IOException {
        String consoleOrigin = consoleOrigin();
        ObjectNode realm = local.deepCopy();
        ArrayNode users = realm.putArray("users");
        local.path("users").forEach(user -> {
            if (user.get("username").asText().startsWith("service-account-")) {
                users.add(user);
            }
        });
        ArrayNode clients = realm.putArray("clients");
        java.util.Set<String> droppedOverrides = new java.util.HashSet<>();
        for (JsonNode client : local.path("clients")) {
            if (client.path("directAccessGrantsEnabled").asBoolean()) {
                client.path("authenticationFlowBindingOverrides")
                        .forEach(flowId -> droppedOverrides.add(flowId.asText()));
                continue;
            }
            ObjectNode kept = client.deepCopy();
            kept.remove("secret");
            if (kept.has("redirectUris")) {
                ArrayNode redirects = kept.putArray("redirectUris");
                client.get("redirectUris").forEach(uri -> {
                    if (!uri.asText().contains("localhost") && !uri.asText().contains("127.0.0.1")) {
                        redirects.add(uri);
                    }
                });
                if (client.get("redirectUris").toString().contains("localhost")) {
                    redirects.add(consoleOrigin + "/*");
                }
            }
            if (kept.has("webOrigins") && kept.get("webOrigins").toString().contains("localhost")) {
                kept.putArray("webOrigins").add(consoleOrigin);
            }
            // After signing out, the console's own address, not a developer's machine.
            String postLogout =
                    client.path("attributes").path("post.logout.redirect.uris").asText();
            if (postLogout.contains("localhost")) {
                ((ObjectNode) kept.get("attributes")).put("post.logout.redirect.uris", consoleOrigin + "/*");
            }
            clients.add(kept);
        }
        // The flows only the password-grant clients used (pcms-cli's grant without a second factor) go with them.
        ArrayNode flows = realm.putArray("authenticationFlows");
        local.path("authenticationFlows").forEach(flow -> {
            if (!droppedOverrides.contains(flow.path("id").asText())) {
                flows.add(flow);
            }
        });
        realm.put("sslRequired", "all");
        // A code serves once in production; the development realm lets tests sign in twice within 30 s.
        realm.put("otpPolicyCodeReusable", false);
        return realm;
    }

    /** The console's origin in production: the host of the chart's ingress, one origin with the API. */
    static String consoleOrigin() throws IOException {
        JsonNode values =
                Manifests.YAML.readTree(Manifests.CHART.resolve("values.yaml").toFile());
        return "https://" + values.at("/gateway/ingress/host").asText();
    }

    private static String realmImport(JsonNode realm) throws IOException {
        ObjectNode resource = Manifests.YAML.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", "pcms-realm").put("namespace", "pcms-platform");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", "pcms-auth");
        spec.set("realm", realm);
        return "# Generated from keycloak/realms/pcms-realm.json by deployment-tests (PlatformLayerTest): the production\n"
                + "# flavour of the local realm. Do not edit; regenerate with -Dpcms.write-realm-import=true.\n"
                + Manifests.YAML.writeValueAsString(resource);
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Manifests.K8S)) {
            return walk.filter(path -> path.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }
}
