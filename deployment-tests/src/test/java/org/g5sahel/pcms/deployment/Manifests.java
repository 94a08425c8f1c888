package org.g5sahel.pcms.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The chart rendered, the files of k8s/ read, both turned into the typed Kubernetes model. */
final class Manifests {

    static final Path ROOT =
            Path.of(System.getProperty("pcms.root", "..")).toAbsolutePath().normalize();
    static final Path CHART = ROOT.resolve("helm/pcms");
    static final Path K8S = ROOT.resolve("k8s");
    static final YAMLMapper YAML = new YAMLMapper();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifests() {}

    /** {@code helm template} of the chart with a values file of the chart (null: the defaults only). */
    static String render(String valuesFile) {
        var template = new Helm(CHART).template().withName("pcms").withNamespace("pcms");
        if (valuesFile != null) {
            template = template.withValuesFile(CHART.resolve(valuesFile));
        }
        return template.call();
    }

    /** The YAML documents of a stream, empty ones dropped. */
    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            var iterator = YAML.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    static List<JsonNode> documents(Path file) throws IOException {
        return documents(Files.readString(file));
    }

    /** The document as its kind's model class; custom resources stay generic. */
    static HasMetadata typed(JsonNode document) throws IOException {
        return SERIALIZATION.unmarshal(JSON.writeValueAsString(document), HasMetadata.class);
    }

    /**
     * The fields the model did not know, by path: the model keeps them aside instead of failing, so a misspelt field
     * would otherwise pass silently.
     */
    static List<String> unknownFields(HasMetadata resource) {
        List<String> unknown = new ArrayList<>();
        if (!(resource instanceof GenericKubernetesResource)) {
            collectUnknown(resource, resource.getKind(), unknown);
        }
        return unknown;
    }

    private static void collectUnknown(Object value, String path, List<String> unknown) {
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + index++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collectUnknown(item, path + "." + key, unknown));
            return;
        }
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object child = getter.invoke(value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        unknown.add(path + ": " + extra.keySet());
                    }
                } else {
                    collectUnknown(child, path + "." + getter.getName().substring(3), unknown);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(getter + " of the model cannot be read", e);
            }
        }
    }

    /** Whether the root pom lists the module at this path. */
    static boolean hasModule(String path) throws IOException {
        return Files.readString(ROOT.resolve("pom.xml")).contains("<module>" + path + "</module>");
    }

    /** The modules of the reactor: each {@code <module>} of the root pom, in its order. */
    static List<String> modules() throws IOException {
        Matcher modules =
                Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> paths = new ArrayList<>();
        while (modules.find()) {
            paths.add(modules.group(1).strip());
        }
        return paths;
    }

    /** A service of the one list, {@code bin/services.conf}: its name, port and the services it calls. */
    record Service(String name, int port, List<String> calls) {}

    /** The services of {@code bin/services.conf}, in its order: what every other place must agree with. */
    static List<Service> services() throws IOException {
        List<Service> services = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("bin/services.conf"))) {
            String[] fields = line.replaceAll("#.*", "").strip().split("\\s+");
            if (fields.length >= 2) {
                services.add(new Service(
                        fields[0], Integer.parseInt(fields[1]), List.of(fields).subList(2, fields.length)));
            }
        }
        return services;
    }

    /** The names of {@link #services()}. */
    static List<String> serviceNames() throws IOException {
        return services().stream().map(Service::name).toList();
    }
}
