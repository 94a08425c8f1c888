package org.g5sahel.pcms.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Every file of k8s/ parses: standard kinds into the typed model without unknown fields, the operators' custom
 * resources with the fields their kind requires; kustomizations name files that exist; the realm import is the
 * production flavour of the realm the local run uses.
 */
class PlatformLayerTest {

    /** The fields each custom resource kind must have (JSON pointers), from the operators' CRDs. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "Cluster", List.of("/spec/instances", "/spec/storage/size", "/spec/backup/barmanObjectStore/destinationPath"),
            "Database", List.of("/spec/name", "/spec/owner", "/spec/cluster/name"),
            "ScheduledBackup", List.of("/spec/schedule", "/spec/cluster/name"),
            "RabbitmqCluster", List.of("/spec/replicas"),
            "Keycloak", List.of("/spec/instances", "/spec/hostname/hostname", "/spec/db/vendor", "/spec/http/tlsSecret"),
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
                String where = Manifests.K8S.relativize(file) + " " + kind + " " + document.at("/metadata/name").asText();
                if (REQUIRED.containsKey(kind)) {
                    for (String pointer : REQUIRED.get(kind)) {
                        assertThat(document.at(pointer).isMissingNode()).as(where + " needs " + pointer).isFalse();
                    }
                    if (kind.equals("Kustomization")) {
                        document.get("resources").forEach(resource -> assertThat(
                                file.getParent().resolve(resource.asText())).as(where).exists());
                    }
                } else {
                    HasMetadata typed = Manifests.typed(document);
                    assertThat(typed.getClass().getSimpleName()).as(where + " is a known kind").isEqualTo(kind);
                    assertThat(Manifests.unknownFields(typed)).as(where).isEmpty();
                }
            }
        }
    }

    @Test
    void everyServiceHasItsDatabase() throws IOException {
        List<String> databases = Stream.concat(
                Manifests.documents(Manifests.K8S.resolve("postgres/databases.yaml")).stream()
                        .map(database -> database.at("/spec/name").asText()),
                Stream.of(Manifests.documents(Manifests.K8S.resolve("postgres/cluster.yaml")).get(0)
                        .at("/spec/bootstrap/initdb/database").asText()))
                .toList();
        for (String service : Manifests.serviceModules()) {
            assertThat(databases).contains("pcms_" + service);
        }
    }

    /**
     * Regenerate the import after changing the realm: {@code ./mvnw -pl deployment-tests test
     * -Dpcms.write-realm-import=true}.
     */
    @Test
    void theRealmImportIsTheProductionFlavourOfTheLocalRealm() throws IOException {
        JsonNode local = new ObjectMapper().readTree(Manifests.ROOT.resolve("keycloak/realms/pcms-realm.json").toFile());
        JsonNode expected = productionFlavour(local);
        if (Boolean.getBoolean("pcms.write-realm-import")) {
            Files.writeString(REALM_IMPORT, realmImport(expected));
        }
        JsonNode imported = Manifests.documents(REALM_IMPORT).get(0).at("/spec/realm");
        assertThat(imported).isEqualTo(expected);
        assertThat(imported.path("users")).allMatch(user -> user.get("username").asText().startsWith("service-account-"));
        assertThat(imported.path("clients")).noneMatch(client -> client.path("directAccessGrantsEnabled").asBoolean())
                .noneMatch(client -> client.has("secret"))
                .noneMatch(client -> client.path("redirectUris").toString().contains("localhost"));
        assertThat(imported.path("roles").path("realm")).isEqualTo(local.path("roles").path("realm"));
    }

    /**
     * The local realm without what only development needs: demo users (service accounts stay: they carry the
     * partners' identity), clients with the password grant, client secrets (Keycloak makes new ones), localhost
     * redirects (the web client's production address instead); TLS required for every client.
     */
    static JsonNode productionFlavour(JsonNode local) {
        ObjectNode realm = local.deepCopy();
        ArrayNode users = realm.putArray("users");
        local.path("users").forEach(user -> {
            if (user.get("username").asText().startsWith("service-account-")) {
                users.add(user);
            }
        });
        ArrayNode clients = realm.putArray("clients");
        for (JsonNode client : local.path("clients")) {
            if (client.path("directAccessGrantsEnabled").asBoolean()) {
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
                    redirects.add("https://app.pcms.g5sahel.org/*");
                }
            }
            if (kept.has("webOrigins") && kept.get("webOrigins").toString().contains("localhost")) {
                kept.putArray("webOrigins").add("https://app.pcms.g5sahel.org");
            }
            clients.add(kept);
        }
        realm.put("sslRequired", "all");
        return realm;
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
            return walk.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
