package org.g5sahel.pcms.aml.imports;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an uploaded XML file into {@link XmlNode}s without ever resolving anything outside it: a document type
 * declaration is refused outright (no DTD, hence no entity expansion — "billion laughs" — and no external entity or
 * XInclude reaching files or hosts), and the number of elements is bounded.
 */
public final class SecureXml {

    private static final XMLInputFactory FACTORY = factory();

    private SecureXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // Namespace aware, so that a prefixed element (<g:report>) is read by its local name like a default one.
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    /** The root element and everything under it. */
    public static XmlNode parse(InputStream input, int maxElements) {
        XMLStreamReader reader = null;
        Deque<Builder> open = new ArrayDeque<>();
        String lastPath = "/";
        int elements = 0;
        try {
            reader = FACTORY.createXMLStreamReader(input);
            XmlNode root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD ->
                        throw new ImportException("!DOCTYPE", line(reader), "import.dtd-refused");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new ImportException(lastPath, line(reader), "import.entity-refused");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > maxElements) {
                            throw new ImportException(lastPath, line(reader), "import.too-many-elements");
                        }
                        if (root != null) {
                            throw new ImportException(reader.getLocalName(), line(reader), "import.trailing-content");
                        }
                        Builder parent = open.peek();
                        String name = reader.getLocalName();
                        String path = parent == null ? name : parent.path + "/" + name + indexSuffix(parent, name);
                        Map<String, String> attributes = new HashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        open.push(new Builder(name, path, line(reader), attributes));
                        lastPath = path;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Builder done = open.pop();
                        XmlNode node = new XmlNode(
                                done.name,
                                done.path,
                                done.line,
                                done.text.toString().strip(),
                                Map.copyOf(done.attributes),
                                List.copyOf(done.children));
                        if (open.isEmpty()) {
                            root = node;
                        } else {
                            open.peek().children.add(node);
                        }
                    }
                    default -> {
                        // comments and processing instructions carry nothing we import
                    }
                }
            }
            if (root == null) {
                throw new ImportException(lastPath, reader.getLocation().getLineNumber(), "import.truncated");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String message = String.valueOf(e.getMessage());
            String reason = message.contains("DOCTYPE") || message.contains("DTD")
                    ? "import.dtd-refused"
                    : message.contains("ntity")
                            ? "import.entity-refused"
                            : open.isEmpty() && elements == 0 ? "import.not-xml" : "import.malformed";
            throw new ImportException(open.isEmpty() ? lastPath : open.peek().path, line, reason);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing was written; closing a broken stream may fail again
                }
            }
        }
    }

    /** The root element, which must be {@code expected}: another one is the file of another format. */
    public static XmlNode parse(InputStream input, int maxElements, String expected, String otherRootReasonKey) {
        XmlNode root = parse(input, maxElements);
        if (!root.name().equals(expected)) {
            throw root.error(otherRootReasonKey);
        }
        return root;
    }

    private static String indexSuffix(Builder parent, String name) {
        long siblings = parent.children.stream()
                .filter(child -> child.name().equals(name))
                .count();
        return siblings == 0 ? "" : "[" + (siblings + 1) + "]";
    }

    private static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? -1 : reader.getLocation().getLineNumber();
    }

    private static final class Builder {
        final String name;
        final String path;
        final int line;
        final Map<String, String> attributes;
        final StringBuilder text = new StringBuilder();
        final List<XmlNode> children = new ArrayList<>();

        Builder(String name, String path, int line, Map<String, String> attributes) {
            this.name = name;
            this.path = path;
            this.line = line;
            this.attributes = attributes;
        }
    }
}
