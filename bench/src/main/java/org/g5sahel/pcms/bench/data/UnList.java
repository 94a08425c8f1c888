package org.g5sahel.pcms.bench.data;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The individuals of the UN Security Council consolidated list, as far as a variants set needs them: reference
 * number, name parts in the list's order, and the strong aliases ("Good" and "a.k.a."). The same file the demo seed
 * imports: the aml tests' copy (with its provenance).
 */
public final class UnList {

    public record Individual(String reference, String name, List<String> strongAliases) {}

    private UnList() {}

    public static Path file(Path root) {
        return root.resolve("services/aml/src/test/resources/sanctions/un-consolidated-2026-01-28.xml");
    }

    public static List<Individual> individuals(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = factory.newDocumentBuilder().parse(in);
        }
        List<Individual> individuals = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName("INDIVIDUAL");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element individual = (Element) nodes.item(i);
            List<String> parts = new ArrayList<>();
            for (String tag : new String[] {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
                String part = child(individual, tag);
                if (part != null && !part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            List<String> aliases = new ArrayList<>();
            NodeList aliasNodes = individual.getElementsByTagName("INDIVIDUAL_ALIAS");
            for (int a = 0; a < aliasNodes.getLength(); a++) {
                Element alias = (Element) aliasNodes.item(a);
                String quality = child(alias, "QUALITY");
                String name = child(alias, "ALIAS_NAME");
                if (name != null && !name.isBlank() && ("Good".equals(quality) || "a.k.a.".equals(quality))) {
                    aliases.add(name.strip());
                }
            }
            individuals.add(new Individual(child(individual, "REFERENCE_NUMBER"), String.join(" ", parts), aliases));
        }
        return individuals;
    }

    private static String child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent();
            }
        }
        return null;
    }
}
