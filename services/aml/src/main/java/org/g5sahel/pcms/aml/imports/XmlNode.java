package org.g5sahel.pcms.aml.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An element read by {@link SecureXml}: name, trimmed text, attributes, children and where it was in the file. */
public record XmlNode(String name, String path, int line, String text, Map<String, String> attributes,
        List<XmlNode> children) {

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

    /** The {@code item} children of the {@code container} child (e.g. {@code akaList/aka}); none without it. */
    public List<XmlNode> items(String container, String item) {
        return child(container).map(found -> found.children(item)).orElse(List.of());
    }

    /** The non-blank value of an attribute, if present. */
    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The non-blank text of a child, if present. */
    public Optional<String> text(String childName) {
        return child(childName).map(XmlNode::text).filter(value -> !value.isBlank());
    }

    /** The text of a child that must be there. */
    public String required(String childName) {
        return text(childName).orElseThrow(() -> new ImportException(path + "/" + childName, line, "import.missing"));
    }

    public ImportException error(String reasonKey) {
        return new ImportException(path, line, reasonKey);
    }
}
