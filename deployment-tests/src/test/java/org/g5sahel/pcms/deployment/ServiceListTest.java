package org.g5sahel.pcms.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/services.conf} is the one list of services (docs/adding-a-service.md): the local run, the system tests and
 * the bench read it; every place that cannot read it must agree with it, and this test names the one that does not.
 * The chart's Deployments, network policies and gateway routes ({@link ChartTest}) and the PostgreSQL databases of
 * k8s/ ({@link PlatformLayerTest}) are checked against the same list.
 */
class ServiceListTest {

    private static final Path SERVICES = Manifests.ROOT.resolve("services");

    @Test
    void theListNamesEachServiceOnceOnItsOwnPortAndCallsOnlyListedServices() throws IOException {
        List<Manifests.Service> services = Manifests.services();
        List<String> names = Manifests.serviceNames();
        assertThat(names).isNotEmpty().doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z][a-z0-9-]*"));
        assertThat(services)
                .extracting(Manifests.Service::port)
                .doesNotHaveDuplicates()
                .doesNotContain(8080, 8087); // the gateway's and the console's
        for (Manifests.Service service : services) {
            assertThat(names).as("the services " + service.name() + " calls").containsAll(service.calls());
        }
    }

    @Test
    void everyFolderUnderServicesIsAListedModuleOfTheReactor() throws IOException {
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> children = Files.list(SERVICES)) {
            children.filter(child -> Files.isRegularFile(child.resolve("pom.xml")))
                    .forEach(child -> folders.add(child.getFileName().toString()));
        }
        Set<String> modules = new TreeSet<>();
        Manifests.modules().stream()
                .filter(module -> module.startsWith("services/"))
                .forEach(module -> modules.add(module.substring("services/".length())));
        Set<String> listed = new TreeSet<>(Manifests.serviceNames());
        assertThat(folders)
                .as("the folders under services/ and bin/services.conf")
                .isEqualTo(listed);
        assertThat(modules)
                .as("the root pom's services/ modules and bin/services.conf")
                .isEqualTo(listed);
    }

    /** The system tests start the services' packaged jars: each must be built before them. */
    @Test
    void theSystemTestsAreBuiltAfterEveryService() throws IOException {
        String systemTests = Files.readString(Manifests.ROOT.resolve("system-tests/pom.xml"));
        for (String name : Manifests.serviceNames()) {
            assertThat(systemTests)
                    .as("system-tests/pom.xml depends on pcms-" + name)
                    .contains("<artifactId>pcms-" + name + "</artifactId>");
        }
    }

    @Test
    void theChartValuesHaveEachListedServiceWithItsPortDatabaseAndCalls() throws IOException {
        JsonNode values = Manifests.YAML
                .readTree(Manifests.CHART.resolve("values.yaml").toFile())
                .path("services");
        List<String> inValues = new ArrayList<>();
        values.fieldNames().forEachRemaining(inValues::add);
        assertThat(new TreeSet<>(inValues))
                .as("helm/pcms/values.yaml services and bin/services.conf")
                .isEqualTo(new TreeSet<>(Manifests.serviceNames()));
        for (Manifests.Service service : Manifests.services()) {
            JsonNode entry = values.path(service.name());
            assertThat(entry.path("port").asInt())
                    .as("port of " + service.name())
                    .isEqualTo(service.port());
            assertThat(entry.path("database").asText())
                    .as("database of " + service.name())
                    .isEqualTo("pcms_" + service.name().replace('-', '_'));
            List<String> calls = new ArrayList<>();
            entry.path("calls").forEach(called -> calls.add(called.asText()));
            assertThat(calls).as("calls of " + service.name()).containsExactlyInAnyOrderElementsOf(service.calls());
        }
    }

    /** A route written in the gateway's own configuration would be a second list, bound to drift from the first. */
    @Test
    void theGatewayNamesNoServiceOfItsOwn() throws IOException {
        Path properties = Manifests.ROOT.resolve("gateway/src/main/resources/application.properties");
        List<String> routes = Files.readAllLines(properties).stream()
                .map(String::strip)
                .filter(line -> line.matches("(%[a-z]+\\.)?pcms\\.gateway\\.routes\\..*"))
                .toList();
        assertThat(routes).isEmpty();
    }

    /** The local run seeds the services of the list, in its order: a seed script of an unlisted service never runs. */
    @Test
    void everySeedScriptBelongsToAListedService() throws IOException {
        try (Stream<Path> scripts = Files.list(Manifests.ROOT.resolve("bin/seed"))) {
            assertThat(scripts.map(script -> script.getFileName().toString().replaceFirst("\\.sh$", "")))
                    .isSubsetOf(Manifests.serviceNames());
        }
    }
}
