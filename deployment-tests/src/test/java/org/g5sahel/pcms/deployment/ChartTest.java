package org.g5sahel.pcms.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * helm/pcms linted strictly and rendered with the default, evaluation and HA values; every document parses into the
 * typed model without unknown fields and passes the policies of docs/deployment.md.
 */
class ChartTest {

    /** A name that says it holds a secret; such a variable may only come from a Secret. */
    private static final Pattern SECRET_NAME =
            Pattern.compile(".*(PASSWORD|SECRET|CREDENTIAL|ACCESS_TOKEN|CORRELATION_KEY|ENCRYPTION_KEY).*");

    @Test
    void theChartPassesStrictLint() {
        var result = new Helm(Manifests.CHART).lint().strict().call();
        assertThat(result.isFailed())
                .as(String.join("\n", result.getMessages()))
                .isFalse();
    }

    @ParameterizedTest(name = "values: {0}")
    @NullSource
    @ValueSource(strings = {"values-evaluation.yaml", "values-ha.yaml"})
    void everyRenderedDocumentIsAValidKubernetesObject(String values) throws IOException {
        List<HasMetadata> objects = render(values);
        assertThat(objects).isNotEmpty();
        for (HasMetadata object : objects) {
            assertThat(Manifests.unknownFields(object))
                    .as(object.getKind() + " " + object.getMetadata().getName())
                    .isEmpty();
        }
        assertThat(objects).noneMatch(object -> object.getKind().equals("Secret"));
    }

    @ParameterizedTest(name = "values: {0}")
    @NullSource
    @ValueSource(strings = {"values-evaluation.yaml", "values-ha.yaml"})
    void everyContainerIsProbedBoundedAndLockedDown(String values) throws IOException {
        for (Deployment deployment : ofKind(render(values), Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType())
                    .as(name)
                    .isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
            for (Container container : pod.getContainers()) {
                assertThat(container.getStartupProbe())
                        .as(name + " startup probe")
                        .isNotNull();
                assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
                assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
                assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(name).containsKeys("cpu", "memory");
                var security = container.getSecurityContext();
                assertThat(security.getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(security.getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(security.getCapabilities().getDrop()).as(name).contains("ALL");
                assertThat(container.getVolumeMounts())
                        .as(name + " writable /tmp")
                        .anyMatch(mount -> mount.getMountPath().equals("/tmp"));
                assertThat(container.getImage()).as(name).matches(".+:[^:/]+$").doesNotEndWith(":latest");
                for (EnvVar variable : container.getEnv()) {
                    if (SECRET_NAME.matcher(variable.getName()).matches()) {
                        assertThat(variable.getValue())
                                .as(name + " " + variable.getName() + " inline")
                                .isNull();
                        assertThat(variable.getValueFrom().getSecretKeyRef())
                                .as(variable.getName())
                                .isNotNull();
                    }
                }
            }
        }
        for (ConfigMap config : ofKind(render(values), ConfigMap.class)) {
            assertThat(config.getData().keySet())
                    .as(config.getMetadata().getName())
                    .noneMatch(key -> SECRET_NAME.matcher(key).matches());
        }
    }

    @ParameterizedTest(name = "values: {0}")
    @NullSource
    @ValueSource(strings = {"values-evaluation.yaml", "values-ha.yaml"})
    void everyWorkloadIsCoveredByADefaultDenyAndItsOwnNetworkPolicy(String values) throws IOException {
        List<HasMetadata> objects = render(values);
        List<NetworkPolicy> policies = ofKind(objects, NetworkPolicy.class);
        assertThat(policies)
                .anyMatch(policy -> policy.getSpec().getIngress().isEmpty()
                        && policy.getSpec().getEgress().isEmpty()
                        && policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")));
        for (Deployment deployment : ofKind(objects, Deployment.class)) {
            Map<String, String> labels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<NetworkPolicy> covering = policies.stream()
                    .filter(policy -> labels.entrySet()
                            .containsAll(policy.getSpec()
                                    .getPodSelector()
                                    .getMatchLabels()
                                    .entrySet()))
                    .toList();
            assertThat(covering)
                    .as(deployment.getMetadata().getName())
                    .hasSizeGreaterThanOrEqualTo(2)
                    .anyMatch(policy -> !policy.getSpec().getIngress().isEmpty());
        }
    }

    @Test
    void replicatedWorkloadsScaleAndKeepOnePodThroughDisruptionsSingleOnesDoNot() throws IOException {
        Set<String> ha = names(render("values-ha.yaml"), "HorizontalPodAutoscaler");
        assertThat(ha).isEqualTo(names(render("values-ha.yaml"), "Deployment"));
        assertThat(names(render("values-ha.yaml"), "PodDisruptionBudget")).isEqualTo(ha);
        assertThat(names(render("values-evaluation.yaml"), "HorizontalPodAutoscaler"))
                .isEmpty();
        assertThat(names(render("values-evaluation.yaml"), "PodDisruptionBudget"))
                .isEmpty();
    }

    @Test
    void everyServiceOfTheListIsDeployedRoutedAndPoliced() throws IOException {
        List<HasMetadata> objects = render(null);
        Set<String> deployments = names(objects, "Deployment");
        Set<String> policies = names(objects, "NetworkPolicy");
        ConfigMap gateway = ofKind(objects, ConfigMap.class).stream()
                .filter(config -> config.getMetadata().getName().equals("pcms-gateway"))
                .findFirst()
                .orElseThrow();
        List<String> modules = Manifests.serviceNames();
        assertThat(modules).isNotEmpty();
        for (String module : modules) {
            assertThat(deployments).as("a Deployment for services/" + module).contains("pcms-" + module);
            assertThat(policies).as("a NetworkPolicy for services/" + module).contains("pcms-" + module);
            assertThat(gateway.getData())
                    .as("a gateway route to services/" + module)
                    .containsKey("PCMS_GATEWAY_ROUTES_" + module.toUpperCase() + "_URL");
        }
        assertThat(deployments).contains("pcms-gateway");
        assertThat(Manifests.hasModule("web"))
                .as("the console's module in the reactor")
                .isTrue();
        assertThat(deployments).as("a Deployment for web/").contains("pcms-console");
        assertThat(policies).as("a NetworkPolicy for web/").contains("pcms-console");
        assertThat(gateway.getData())
                .as("the gateway's route to the console, its Service's URL")
                .containsEntry("PCMS_GATEWAY_ROUTES_CONSOLE_URL", serviceUrl(objects, "pcms-console"));
    }

    /**
     * The member States are one value of the chart, given to every service and to the console (its directory page
     * offers them); unset, both keep their five. The gateway knows no State.
     */
    @Test
    void aDifferentlyComposedGroupOfStatesReachesEveryServiceAndTheConsoleOnly() throws IOException {
        List<HasMetadata> defaults = render(null);
        for (String service : Manifests.serviceNames()) {
            assertThat(configMap(defaults, "pcms-" + service).getData()).doesNotContainKey("PCMS_MEMBER_STATES");
        }
        Path values = Files.createTempFile("pcms-member-states", ".yaml");
        try {
            Files.writeString(values, "memberStates: [BF, ML, NE]\n");
            List<HasMetadata> group = render(values.toString());
            for (String service : Manifests.serviceNames()) {
                assertThat(configMap(group, "pcms-" + service).getData())
                        .as(service)
                        .containsEntry("PCMS_MEMBER_STATES", "BF,ML,NE");
            }
            assertThat(configMap(group, "pcms-console").getData()).containsEntry("PCMS_MEMBER_STATES", "BF,ML,NE");
            assertThat(configMap(group, "pcms-gateway").getData()).doesNotContainKey("PCMS_MEMBER_STATES");
        } finally {
            Files.delete(values);
        }
    }

    /**
     * The console holds officers' tokens: its pod is locked down exactly like every other, sized as a small JVM, and
     * its credentials and keys come from Secrets only; it talks to the API through the gateway, never to the broker.
     */
    @ParameterizedTest(name = "values: {0}")
    @NullSource
    @ValueSource(strings = {"values-evaluation.yaml", "values-ha.yaml"})
    void theConsoleIsHardenedLikeEveryPodAndTakesItsSecretsFromSecrets(String values) throws IOException {
        List<HasMetadata> objects = render(values);
        List<Deployment> deployments = ofKind(objects, Deployment.class);
        PodSpec console =
                deployment(objects, "pcms-console").getSpec().getTemplate().getSpec();
        assertThat(deployments).hasSizeGreaterThan(2);
        for (Deployment other : deployments) {
            PodSpec pod = other.getSpec().getTemplate().getSpec();
            String name = other.getMetadata().getName();
            assertThat(console.getSecurityContext())
                    .as("pod security as " + name)
                    .isEqualTo(pod.getSecurityContext());
            Container container = pod.getContainers().get(0);
            Container own = console.getContainers().get(0);
            assertThat(own.getSecurityContext())
                    .as("container security as " + name)
                    .isEqualTo(container.getSecurityContext());
            assertThat(own.getStartupProbe()).as("startup probe as " + name).isEqualTo(container.getStartupProbe());
            assertThat(own.getLivenessProbe()).as("liveness probe as " + name).isEqualTo(container.getLivenessProbe());
            assertThat(own.getReadinessProbe())
                    .as("readiness probe as " + name)
                    .isEqualTo(container.getReadinessProbe());
            assertThat(console.getVolumes())
                    .as("the writable /tmp of " + name)
                    .contains(pod.getVolumes().get(0));
        }
        assertThat(console.getSecurityContext().getRunAsUser()).isEqualTo(185L);
        assertThat(console.getContainers()).hasSize(1);

        Container container = console.getContainers().get(0);
        assertThat(container.getResources().getRequests())
                .containsEntry("cpu", new Quantity("250m"))
                .containsEntry("memory", new Quantity("320Mi"));
        assertThat(container.getResources().getLimits())
                .containsEntry("cpu", new Quantity("1"))
                .containsEntry("memory", new Quantity("512Mi"));
        assertThat(container.getPorts())
                .singleElement()
                .satisfies(port -> assertThat(port.getContainerPort()).isEqualTo(8087));

        Map<String, String> secretRefs = container.getEnv().stream()
                .collect(Collectors.toMap(
                        EnvVar::getName,
                        variable -> variable.getValueFrom().getSecretKeyRef().getName() + "/"
                                + variable.getValueFrom().getSecretKeyRef().getKey()));
        assertThat(secretRefs)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "QUARKUS_DATASOURCE_USERNAME", "pcms-db-app/username",
                        "QUARKUS_DATASOURCE_PASSWORD", "pcms-db-app/password",
                        "PCMS_WEB_CLIENT_SECRET", "pcms-web/keycloak-client-secret",
                        "PCMS_WEB_SESSION_ENCRYPTION_KEY", "pcms-web/session-encryption-key"));
        assertThat(container.getEnv()).allMatch(variable -> variable.getValue() == null);

        Map<String, String> config = configMap(objects, "pcms-console").getData();
        assertThat(container.getEnvFrom())
                .singleElement()
                .satisfies(
                        source -> assertThat(source.getConfigMapRef().getName()).isEqualTo("pcms-console"));
        assertThat(config)
                .containsEntry("PCMS_WEB_API_URL", serviceUrl(objects, "pcms-gateway"))
                .containsEntry(
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://pcms-db-rw.pcms-platform.svc:5432/pcms_web")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "https://auth.pcms.g5sahel.org/realms/pcms")
                .containsEntry("QUARKUS_PROFILE", "prod")
                .containsKey("JAVA_OPTS_APPEND")
                // pcms-api is the API's audience; the console's ID tokens are for pcms-web.
                .doesNotContainKey("QUARKUS_OIDC_TOKEN_AUDIENCE");
        assertThat(config.keySet()).noneMatch(key -> key.startsWith("PCMS_BROKER"));
        assertThat(secretRefs.keySet()).noneMatch(key -> key.startsWith("PCMS_BROKER"));
    }

    /**
     * The console is reached from the gateway only; it reaches the gateway (the API), Keycloak, PostgreSQL and DNS,
     * nothing else: no service, no broker, nothing outside the cluster.
     */
    @Test
    void theConsoleTalksToTheGatewayKeycloakAndPostgresOnly() throws IOException {
        List<HasMetadata> objects = render(null);
        List<NetworkPolicy> policies = ofKind(objects, NetworkPolicy.class);
        NetworkPolicy console = policy(policies, "pcms-console");
        Map<String, String> consolePods =
                Map.of("app.kubernetes.io/name", "console", "app.kubernetes.io/instance", "pcms");
        Map<String, String> gatewayPods =
                Map.of("app.kubernetes.io/name", "gateway", "app.kubernetes.io/instance", "pcms");
        assertThat(console.getSpec().getPodSelector().getMatchLabels()).isEqualTo(consolePods);
        assertThat(console.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");

        assertThat(console.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
                assertThat(peer.getNamespaceSelector()).isNull();
                assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(gatewayPods);
            });
            assertThat(rule.getPorts())
                    .extracting(port -> port.getPort().getIntVal())
                    .containsExactly(8087);
        });

        List<String> egress = console.getSpec().getEgress().stream()
                .flatMap(rule -> rule.getTo().stream()
                        .flatMap(peer -> rule.getPorts().stream()
                                .map(port ->
                                        describe(peer) + " " + port.getPort().getIntVal() + "/" + port.getProtocol())))
                .toList();
        assertThat(egress)
                .containsExactlyInAnyOrder(
                        "ns=kube-system pods={k8s-app=kube-dns} 53/UDP",
                        "ns=kube-system pods={k8s-app=kube-dns} 53/TCP",
                        "ns=pcms-platform pods={app=keycloak} 8443/TCP",
                        "ns=pcms-platform pods=- 5432/TCP",
                        "ns=- pods=" + new java.util.TreeMap<>(gatewayPods) + " 8080/TCP");

        NetworkPolicy gateway = policy(policies, "pcms-gateway");
        assertThat(gateway.getSpec().getIngress()).anySatisfy(rule -> {
            assertThat(rule.getFrom())
                    .anyMatch(peer -> peer.getNamespaceSelector() == null
                            && peer.getPodSelector() != null
                            && peer.getPodSelector().getMatchLabels().equals(consolePods));
            assertThat(rule.getPorts())
                    .extracting(port -> port.getPort().getIntVal())
                    .containsExactly(8080);
        });
        assertThat(gateway.getSpec().getEgress()).anySatisfy(rule -> {
            assertThat(rule.getTo())
                    .singleElement()
                    .satisfies(peer ->
                            assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(consolePods));
            assertThat(rule.getPorts())
                    .extracting(port -> port.getPort().getIntVal())
                    .containsExactly(8087);
        });
        for (NetworkPolicy other : policies) {
            if (!other.getMetadata().getName().equals("pcms-gateway")) {
                assertThat(other.getSpec().getIngress())
                        .as(other.getMetadata().getName() + " admits the console")
                        .allSatisfy(rule -> assertThat(rule.getFrom())
                                .noneMatch(peer -> peer.getPodSelector() != null
                                        && consolePods.equals(
                                                peer.getPodSelector().getMatchLabels())));
            }
        }
    }

    /**
     * Officers reach the console on the API's host: one origin, every path to the gateway, which splits /api/ from
     * the console; its /q/ stays inside.
     */
    @ParameterizedTest(name = "values: {0}")
    @NullSource
    @ValueSource(strings = {"values-evaluation.yaml", "values-ha.yaml"})
    void theApiAndTheConsoleShareOneOriginAndTheGatewaysOwnPathsStayInside(String values) throws IOException {
        List<Ingress> ingresses = ofKind(render(values), Ingress.class);
        Set<String> hosts = ingresses.stream()
                .flatMap(ingress -> ingress.getSpec().getRules().stream())
                .map(IngressRule::getHost)
                .collect(Collectors.toSet());
        assertThat(hosts).as("one origin").hasSize(1);
        assertThat(ingresses)
                .allSatisfy(ingress -> assertThat(ingress.getSpec().getTls())
                        .singleElement()
                        .satisfies(tls -> assertThat(tls.getHosts()).isEqualTo(List.copyOf(hosts))));
        Map<String, Ingress> byPath = new java.util.HashMap<>();
        for (Ingress ingress : ingresses) {
            for (HTTPIngressPath path :
                    ingress.getSpec().getRules().get(0).getHttp().getPaths()) {
                assertThat(path.getBackend().getService().getName()).isEqualTo("pcms-gateway");
                assertThat(path.getPathType()).isEqualTo("Prefix");
                assertThat(byPath.put(path.getPath(), ingress))
                        .as("path " + path.getPath() + " once")
                        .isNull();
            }
        }
        assertThat(byPath).containsOnlyKeys("/", "/q");
        assertThat(byPath.get("/").getMetadata().getAnnotations())
                .doesNotContainKeys("nginx.ingress.kubernetes.io/denylist-source-range")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "20m");
        assertThat(byPath.get("/q").getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/denylist-source-range", "0.0.0.0/0,::/0");
    }

    /** {@code http://<Service>:<port>}, from the rendered Service. */
    private static String serviceUrl(List<HasMetadata> objects, String name) {
        Service service = ofKind(objects, Service.class).stream()
                .filter(candidate -> candidate.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow();
        return "http://" + name + ":" + service.getSpec().getPorts().get(0).getPort();
    }

    private static Deployment deployment(List<HasMetadata> objects, String name) {
        return ofKind(objects, Deployment.class).stream()
                .filter(deployment -> deployment.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static ConfigMap configMap(List<HasMetadata> objects, String name) {
        return ofKind(objects, ConfigMap.class).stream()
                .filter(config -> config.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static NetworkPolicy policy(List<NetworkPolicy> policies, String name) {
        return policies.stream()
                .filter(policy -> policy.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** A policy peer as text: its namespace and pod labels ({@code -} when absent). */
    private static String describe(NetworkPolicyPeer peer) {
        String namespace = peer.getNamespaceSelector() == null
                ? "-"
                : peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
        String pods = peer.getPodSelector() == null
                ? "-"
                : new java.util.TreeMap<>(peer.getPodSelector().getMatchLabels()).toString();
        assertThat(peer.getIpBlock()).as("no address block").isNull();
        return "ns=" + namespace + " pods=" + pods;
    }

    private static List<HasMetadata> render(String values) throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        for (var document : Manifests.documents(Manifests.render(values))) {
            objects.add(Manifests.typed(document));
        }
        return objects;
    }

    private static <T> List<T> ofKind(List<HasMetadata> objects, Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static Set<String> names(List<HasMetadata> objects, String kind) {
        return objects.stream()
                .filter(object -> object.getKind().equals(kind))
                .map(object -> object.getMetadata().getName())
                .collect(Collectors.toSet());
    }
}
