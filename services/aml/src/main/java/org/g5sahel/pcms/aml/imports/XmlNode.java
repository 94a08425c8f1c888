package org.g5sahel.pcms.aml.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element read by {@link SecureXml}: local name (a namespace prefix is dropped), trimmed text, attributes, children
 * and where it was in the file: its path ({@code report/transaction[2]/amount_local}) and the line it starts on.
 */
public record XmlNode(
        String name, String path, int line, String text, Map<String, String> attributes, List<XmlNode> children) {

    public Optional<XmlNode> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    public List<XmlNode> children(String childName) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return found;
    }

    /** Whether a child is there with text or elements of its own. */
    public boolean has(String childName) {
        return child(childName)
                .filter(child -> !child.text.isBlank() || !child.children.isEmpty())
                .isPresent();
    }

    /** A child with non-blank text, if present: its own path and line name it in an error about its value. */
    public Optional<XmlNode> valued(String childName) {
        return child(childName).filter(child -> !child.text.isBlank());
    }

    /** The {@code item} children of the {@code container} child (e.g. {@code akaList/aka}); none without it. */
    public List<XmlNode> items(String container, String item) {
        return child(container).map(found -> found.children(item)).orElse(List.of());
    }

    /** The non-blank value of an attribute, if present. */
    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName))
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    /** The non-blank text of a child, if present. */
    public Optional<String> text(String childName) {
        return valued(childName).map(XmlNode::text);
    }

    /** A child with text that must be there; its absence is named at this node's line, where it should be. */
    public XmlNode requiredChild(String childName) {
        return valued(childName).orElseThrow(() -> new ImportException(path + "/" + childName, line, "import.missing"));
    }

    /** The text of a child that must be there. */
    public String required(String childName) {
        return requiredChild(childName).text;
    }

    public ImportException error(String reasonKey) {
        return new ImportException(path, line, reasonKey);
    }
}
