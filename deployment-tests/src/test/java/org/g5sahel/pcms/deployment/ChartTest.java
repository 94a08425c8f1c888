package org.g5sahel.pcms.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

import com.marcnuri.helm.Helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * helm/pcms linted strictly and rendered with the default, evaluation and HA values; every document parses into the
 * typed model without unknown fields and passes the policies of docs/deployment.md.
 */
class ChartTest {

    /** A name that says it holds a secret; such a variable may only come from a Secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|CREDENTIAL|ACCESS_TOKEN|CORRELATION_KEY).*");

    @Test
    void theChartPassesStrictLint() {
        var result = new Helm(Manifests.CHART).lint().strict().call();
        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @ParameterizedTest(name = "values: {0}")
    @NullSource
    @ValueSource(strings = { "values-evaluation.yaml", "values-ha.yaml" })
    void everyRenderedDocumentIsAValidKubernetesObject(String values) throws IOException {
        List<HasMetadata> objects = render(values);
        assertThat(objects).isNotEmpty();
        for (HasMetadata object : objects) {
            assertThat(Manifests.unknownFields(object)).as(object.getKind() + " " + object.getMetadata().getName())
                    .isEmpty();
        }
        assertThat(objects).noneMatch(object -> object.getKind().equals("Secret"));
    }

    @ParameterizedTest(name = "values: {0}")
    @NullSource
    @ValueSource(strings = { "values-evaluation.yaml", "values-ha.yaml" })
    void everyContainerIsProbedBoundedAndLockedDown(String values) throws IOException {
        for (Deployment deployment : ofKind(render(values), Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(name).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
            for (Container container : pod.getContainers()) {
                assertThat(container.getStartupProbe()).as(name + " startup probe").isNotNull();
                assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
                assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
                assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(name).containsKeys("cpu", "memory");
                var security = container.getSecurityContext();
                assertThat(security.getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(security.getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(security.getCapabilities().getDrop()).as(name).contains("ALL");
                assertThat(container.getVolumeMounts()).as(name + " writable /tmp")
                        .anyMatch(mount -> mount.getMountPath().equals("/tmp"));
                assertThat(container.getImage()).as(name).matches(".+:[^:/]+$").doesNotEndWith(":latest");
                for (EnvVar variable : container.getEnv()) {
                    if (SECRET_NAME.matcher(variable.getName()).matches()) {
                        assertThat(variable.getValue()).as(name + " " + variable.getName() + " inline").isNull();
                        assertThat(variable.getValueFrom().getSecretKeyRef()).as(variable.getName()).isNotNull();
                    }
                }
            }
        }
        for (ConfigMap config : ofKind(render(values), ConfigMap.class)) {
            assertThat(config.getData().keySet()).as(config.getMetadata().getName())
                    .noneMatch(key -> SECRET_NAME.matcher(key).matches());
        }
    }

    @ParameterizedTest(name = "values: {0}")
    @NullSource
    @ValueSource(strings = { "values-evaluation.yaml", "values-ha.yaml" })
    void everyWorkloadIsCoveredByADefaultDenyAndItsOwnNetworkPolicy(String values) throws IOException {
        List<HasMetadata> objects = render(values);
        List<NetworkPolicy> policies = ofKind(objects, NetworkPolicy.class);
        assertThat(policies).anyMatch(policy -> policy.getSpec().getIngress().isEmpty()
                && policy.getSpec().getEgress().isEmpty()
                && policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")));
        for (Deployment deployment : ofKind(objects, Deployment.class)) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<NetworkPolicy> covering = policies.stream()
                    .filter(policy -> labels.entrySet().containsAll(
                            policy.getSpec().getPodSelector().getMatchLabels().entrySet()))
                    .toList();
            assertThat(covering).as(deployment.getMetadata().getName()).hasSizeGreaterThanOrEqualTo(2)
                    .anyMatch(policy -> !policy.getSpec().getIngress().isEmpty());
        }
    }

    @Test
    void replicatedWorkloadsScaleAndKeepOnePodThroughDisruptionsSingleOnesDoNot() throws IOException {
        Set<String> ha = names(render("values-ha.yaml"), "HorizontalPodAutoscaler");
        assertThat(ha).isEqualTo(names(render("values-ha.yaml"), "Deployment"));
        assertThat(names(render("values-ha.yaml"), "PodDisruptionBudget")).isEqualTo(ha);
        assertThat(names(render("values-evaluation.yaml"), "HorizontalPodAutoscaler")).isEmpty();
        assertThat(names(render("values-evaluation.yaml"), "PodDisruptionBudget")).isEmpty();
    }

    @Test
    void everyServiceModuleOfTheReactorIsDeployedRoutedAndPoliced() throws IOException {
        List<HasMetadata> objects = render(null);
        Set<String> deployments = names(objects, "Deployment");
        Set<String> policies = names(objects, "NetworkPolicy");
        ConfigMap gateway = ofKind(objects, ConfigMap.class).stream()
                .filter(config -> config.getMetadata().getName().equals("pcms-gateway")).findFirst().orElseThrow();
        List<String> modules = Manifests.serviceModules();
        assertThat(modules).isNotEmpty();
        for (String module : modules) {
            assertThat(deployments).as("a Deployment for services/" + module).contains("pcms-" + module);
            assertThat(policies).as("a NetworkPolicy for services/" + module).contains("pcms-" + module);
            assertThat(gateway.getData()).as("a gateway route to services/" + module)
                    .containsKey("PCMS_GATEWAY_ROUTES_" + module.toUpperCase() + "_URL");
        }
        assertThat(deployments).contains("pcms-gateway");
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
        return objects.stream().filter(object -> object.getKind().equals(kind))
                .map(object -> object.getMetadata().getName()).collect(Collectors.toSet());
    }
}
