package org.g5sahel.pcms.aml.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The project's rules against the structure of the published goAML schema: every element a rule requires is one the
 * schema guarantees (at least one of a choice's alternatives is always there), so that the import never refuses a file
 * for an element the schema makes optional. Runs where the reference schema is present.
 */
class GoamlRulesSchemaTest {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /** Where each rule applies in the schema: a named type, or an element's path from {@code report}. */
    private static final Map<GoamlRules, List<String>> PLACES = new EnumMap<>(Map.ofEntries(
            Map.entry(GoamlRules.REPORT, List.of("report")),
            Map.entry(GoamlRules.REPORT_INDICATORS, List.of("report/report_indicators")),
            Map.entry(GoamlRules.TRANSACTION, List.of("report/transaction")),
            Map.entry(GoamlRules.FROM, List.of("report/transaction/t_from", "report/transaction/t_from_my_client")),
            Map.entry(GoamlRules.TO, List.of("report/transaction/t_to", "report/transaction/t_to_my_client")),
            Map.entry(GoamlRules.INVOLVED_PARTIES, List.of("report/transaction/involved_parties")),
            Map.entry(GoamlRules.PARTY, List.of("type:t_party")),
            Map.entry(GoamlRules.ACTIVITY, List.of("type:activityType")),
            Map.entry(GoamlRules.REPORT_PARTIES, List.of("type:activityType/report_parties")),
            Map.entry(GoamlRules.REPORT_PARTY, List.of("type:report_party_type")),
            Map.entry(
                    GoamlRules.GOODS_SERVICES,
                    List.of("type:activityType/goods_services", "report/transaction/goods_services")),
            Map.entry(GoamlRules.ITEM, List.of("type:t_trans_item")),
            Map.entry(GoamlRules.FOREIGN_CURRENCY, List.of("type:t_foreign_currency")),
            Map.entry(GoamlRules.PERSON, List.of("type:t_person", "type:t_conductor", "type:t_entity/director_id")),
            Map.entry(GoamlRules.PERSON_MY_CLIENT, List.of("type:t_person_my_client", "type:t_conductor_my_client")),
            Map.entry(GoamlRules.ENTITY, List.of("type:t_entity")),
            Map.entry(GoamlRules.ENTITY_MY_CLIENT, List.of("type:t_entity_my_client")),
            Map.entry(GoamlRules.ENTITY_RELATED_PERSON, List.of("type:entity_related_person_type")),
            Map.entry(GoamlRules.ACCOUNT, List.of("type:t_account")),
            Map.entry(GoamlRules.ACCOUNT_MY_CLIENT, List.of("type:t_account_my_client")),
            Map.entry(
                    GoamlRules.ACCOUNT_PERSON,
                    List.of(
                            "type:t_account/signatory",
                            "type:t_account_my_client/signatory",
                            "type:account_related_person_type",
                            "type:account_related_person_my_client_type"))));

    private static Document schema;

    @BeforeAll
    static void readSchema() throws Exception {
        assumeTrue(Files.isRegularFile(GoamlFixtures.SHARED_SCHEMA), "no goAML reference schema in this checkout");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        schema = factory.newDocumentBuilder().parse(GoamlFixtures.SHARED_SCHEMA.toFile());
    }

    @ParameterizedTest
    @EnumSource(GoamlRules.class)
    void whatARuleRequiresTheSchemaRequiresWhereverTheRuleApplies(GoamlRules rule) {
        assertThat(PLACES).containsKey(rule);
        for (String place : PLACES.get(rule)) {
            Element content = content(place);
            for (List<String> alternatives : rule.required()) {
                assertThat(alternatives)
                        .as("%s declared in %s", alternatives, place)
                        .allMatch(name -> declares(content, name));
                assertThat(guarantees(content, Set.copyOf(alternatives)))
                        .as("%s guarantees one of %s", place, alternatives)
                        .isTrue();
            }
        }
    }

    /** The content model (a complex type) at a place: {@code type:name/child…} or {@code report/child…}. */
    private static Element content(String place) {
        String[] steps = place.replaceFirst("^type:", "").split("/");
        Element current =
                place.startsWith("type:") ? named("complexType", steps[0]) : typeOf(named("element", steps[0]));
        for (int i = 1; i < steps.length; i++) {
            current = typeOf(childElement(current, steps[i]).orElseThrow(() -> new AssertionError(place)));
        }
        return current;
    }

    private static Element named(String kind, String name) {
        for (Element element : children(schema.getDocumentElement())) {
            if (element.getLocalName().equals(kind)
                    && element.getAttribute("name").equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no " + kind + " " + name);
    }

    private static Element typeOf(Element element) {
        if (!element.getAttribute("type").isEmpty()) {
            return named("complexType", element.getAttribute("type"));
        }
        return children(element).stream()
                .filter(e -> e.getLocalName().equals("complexType"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no complex type for " + element.getAttribute("name")));
    }

    /** An element declared in a content model (not inside another element), extensions read with their base. */
    private static Optional<Element> childElement(Element particle, String name) {
        for (Element child : particles(particle)) {
            if (child.getLocalName().equals("element")) {
                if (child.getAttribute("name").equals(name)) {
                    return Optional.of(child);
                }
            } else {
                Optional<Element> found = childElement(child, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean declares(Element content, String name) {
        return childElement(content, name).isPresent();
    }

    /** Whether every valid content of the particle has at least one of the names. */
    private static boolean guarantees(Element particle, Set<String> names) {
        if (particle.getAttribute("minOccurs").equals("0")) {
            return false;
        }
        return switch (particle.getLocalName()) {
            case "element" -> names.contains(particle.getAttribute("name"));
            case "choice" -> particles(particle).stream().allMatch(child -> guarantees(child, names));
            default -> particles(particle).stream().anyMatch(child -> guarantees(child, names));
        };
    }

    /** The particles directly under a type, group or extension (an extension brings its base's first). */
    private static List<Element> particles(Element particle) {
        List<Element> found = new ArrayList<>();
        for (Element child : children(particle)) {
            switch (child.getLocalName()) {
                case "element", "sequence", "choice" -> found.add(child);
                case "complexContent" -> found.addAll(particles(child));
                case "extension" -> {
                    found.add(named("complexType", child.getAttribute("base")));
                    found.addAll(particles(child));
                }
                case "complexType" -> found.add(child);
                default -> {
                    // annotations, attributes and simple types hold no element
                }
            }
        }
        return found;
    }

    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && XS.equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }
}
