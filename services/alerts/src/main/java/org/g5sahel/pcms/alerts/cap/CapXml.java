package org.g5sahel.pcms.alerts.cap;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.AlertArea;
import org.g5sahel.pcms.alerts.model.CapInfo;
import org.g5sahel.pcms.alerts.model.CapMessage;
import org.g5sahel.pcms.alerts.model.CapResource;
import org.g5sahel.pcms.alerts.model.CapStatus;
import org.g5sahel.pcms.alerts.model.Geocode;
import org.g5sahel.pcms.alerts.model.NamedValue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * CAP 1.2 in and out, element by element. Parsing is hardened against XXE and XInclude (no DOCTYPE at all, no
 * external access of any kind: a partner feed can never make the service open a connection or read a file) and every
 * message, in or out, is validated against the OASIS schema; then the CAP rules the schema cannot express are checked.
 * Reading keeps every element of the message, each info block with its own areas and resources; writing is linear in
 * the message.
 */
@ApplicationScoped
public class CapXml {

    public static final String MEDIA_TYPE = "application/cap+xml";
    public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

    /** CAP dateTime: seconds and an explicit offset, never {@code Z}. */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final Schema schema;

    public CapXml() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            this.schema = factory.newSchema(CapXml.class.getResource("/cap/CAP-v1.2.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("The CAP 1.2 schema cannot be loaded", e);
        }
    }

    /** A CAP message refused, with the reason a partner can act on. */
    public static class InvalidCap extends Exception {
        private final String reasonKey;
        private final String detail;

        public InvalidCap(String reasonKey, String detail) {
            super(reasonKey + ": " + detail, null, false, false);
            this.reasonKey = reasonKey;
            this.detail = detail;
        }

        public String reasonKey() {
            return reasonKey;
        }

        public String detail() {
            return detail;
        }
    }

    /** A message read: what it says, and its document (for the signature check, which needs the very nodes read). */
    public record Read(CapMessage message, Document document) {}

    // ---------------------------------------------------------------- import

    /** Parses, validates and reads a CAP 1.2 message; the bytes' own declared encoding is honoured (ISO-8859-1…). */
    public Read read(byte[] xml) throws InvalidCap {
        Document document = parseSecurely(xml);
        validate(document);
        Element alert = document.getDocumentElement();
        requireXml10Characters(alert);
        String references = text(alert, "references");
        if (references != null && !validReferences(references)) {
            throw new InvalidCap(
                    "cap.references-malformed", "references: " + (references.isEmpty() ? "(empty)" : references));
        }
        Alert.MsgType msgType = Alert.MsgType.valueOf(text(alert, "msgType"));
        if (msgType != Alert.MsgType.Alert && references == null) {
            throw new InvalidCap("cap.references-required", msgType.name());
        }
        String scope = text(alert, "scope");
        if ("Restricted".equals(scope) && blank(text(alert, "restriction"))) {
            throw new InvalidCap("cap.restriction-required", "scope Restricted");
        }
        if ("Private".equals(scope) && blank(text(alert, "addresses"))) {
            throw new InvalidCap("cap.addresses-required", "scope Private");
        }
        List<CapInfo> infos = new ArrayList<>();
        for (Element info : children(alert, "info")) {
            infos.add(readInfo(info));
        }
        CapMessage message = new CapMessage(
                text(alert, "identifier"),
                text(alert, "sender"),
                time(text(alert, "sent")),
                CapStatus.valueOf(text(alert, "status")),
                msgType,
                text(alert, "source"),
                scope,
                text(alert, "restriction"),
                text(alert, "addresses"),
                texts(alert, "code"),
                text(alert, "note"),
                words(references),
                text(alert, "incidents"),
                infos);
        return new Read(message, document);
    }

    private CapInfo readInfo(Element info) throws InvalidCap {
        String event = text(info, "event");
        if (blank(event)) {
            throw new InvalidCap(
                    "cap.event-blank", "info " + (text(info, "language") == null ? "" : text(info, "language")));
        }
        String effective = time(text(info, "effective"));
        String onset = time(text(info, "onset"));
        String expires = time(text(info, "expires"));
        Instant start = effective != null ? instant(effective) : onset != null ? instant(onset) : null;
        if (start != null && expires != null && instant(expires).isBefore(start)) {
            throw new InvalidCap(
                    "cap.expires-before-effective", expires + " < " + (effective != null ? effective : onset));
        }
        List<CapResource> resources = new ArrayList<>();
        for (Element resource : children(info, "resource")) {
            String size = text(resource, "size");
            resources.add(new CapResource(
                    text(resource, "resourceDesc"),
                    text(resource, "mimeType"),
                    blank(size) ? null : Long.valueOf(size),
                    text(resource, "uri"),
                    text(resource, "derefUri"),
                    text(resource, "digest")));
        }
        List<AlertArea> areas = new ArrayList<>();
        for (Element area : children(info, "area")) {
            areas.add(readArea(area));
        }
        return new CapInfo(
                text(info, "language"),
                texts(info, "category"),
                event,
                texts(info, "responseType"),
                text(info, "urgency"),
                text(info, "severity"),
                text(info, "certainty"),
                text(info, "audience"),
                namedValues(info, "eventCode"),
                effective,
                onset,
                expires,
                text(info, "senderName"),
                text(info, "headline"),
                text(info, "description"),
                text(info, "instruction"),
                text(info, "web"),
                text(info, "contact"),
                namedValues(info, "parameter"),
                resources,
                areas);
    }

    private AlertArea readArea(Element area) throws InvalidCap {
        List<String> polygons = texts(area, "polygon");
        for (String polygon : polygons) {
            String problem = AreaRules.polygonProblem(polygon);
            if (problem != null) {
                throw new InvalidCap(problem, polygon);
            }
        }
        List<String> circles = texts(area, "circle");
        for (String circle : circles) {
            if (AreaRules.circle(circle) == null) {
                throw new InvalidCap("area.circle-malformed", circle);
            }
        }
        List<Geocode> geocodes = namedValues(area, "geocode").stream()
                .map(value -> new Geocode(value.valueName(), value.value()))
                .toList();
        String altitude = text(area, "altitude");
        String ceiling = text(area, "ceiling");
        if (!blank(ceiling) && blank(altitude)) {
            throw new InvalidCap("cap.ceiling-without-altitude", text(area, "areaDesc"));
        }
        return new AlertArea(
                text(area, "areaDesc"),
                polygons,
                circles,
                geocodes,
                blank(altitude) ? null : new BigDecimal(altitude),
                blank(ceiling) ? null : new BigDecimal(ceiling));
    }

    /**
     * XML 1.1 admits control characters that XML 1.0 forbids; CAP is exchanged as XML 1.0, so such a message could
     * never be sent on. It is refused on the way in rather than breaking every export of it.
     */
    private static void requireXml10Characters(Node node) throws InvalidCap {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        throw new InvalidCap(
                                "cap.character-not-allowed", "U+%04X in %s".formatted((int) c, node.getLocalName()));
                    }
                }
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                requireXml10Characters(child);
            }
        }
    }

    /** Each reference is {@code sender,identifier,sent}, separated by white space. */
    private static boolean validReferences(String references) {
        for (String reference : references.strip().split("\\s+")) {
            String[] parts = reference.split(",");
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || instantOrNull(parts[2]) == null) {
                return false;
            }
        }
        return true;
    }

    private static Document parseSecurely(byte[] xml) throws InvalidCap {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DOCTYPE at all: refuses external entities, parameter entities and billion-laughs in one rule.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(new Strict());
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String key = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "cap.doctype-forbidden"
                    : "cap.not-well-formed";
            throw new InvalidCap(key, "line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new InvalidCap("cap.not-well-formed", e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be hardened", e);
        }
    }

    private void validate(Document document) throws InvalidCap {
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"alert".equals(root.getLocalName())) {
            throw new InvalidCap("cap.not-cap-1.2", "root " + root.getNodeName() + " in " + root.getNamespaceURI());
        }
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Strict());
            validator.validate(new DOMSource(document));
        } catch (SAXException | IOException e) {
            throw new InvalidCap("cap.schema-invalid", e.getMessage());
        }
    }

    /** Validates a message the service writes: an export that fails is a bug, never sent. */
    public void validateOutgoing(byte[] xml) {
        try {
            validate(parseSecurely(xml));
        } catch (InvalidCap e) {
            throw new IllegalStateException("Generated CAP is not valid: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- export

    /** The message as CAP 1.2 XML, every element in the schema's order; validated before it is returned. */
    public String write(CapMessage message) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            Element root = document.createElementNS(NAMESPACE, "alert");
            document.appendChild(root);
            add(root, "identifier", message.identifier());
            add(root, "sender", message.sender());
            add(root, "sent", message.sent());
            add(root, "status", message.status().name());
            add(root, "msgType", message.msgType().name());
            add(root, "source", message.source());
            add(root, "scope", message.scope());
            add(root, "restriction", message.restriction());
            add(root, "addresses", message.addresses());
            message.codes().forEach(code -> add(root, "code", code));
            add(root, "note", message.note());
            add(root, "references", message.references().isEmpty() ? null : String.join(" ", message.references()));
            add(root, "incidents", message.incidents());
            for (CapInfo info : message.infos()) {
                writeInfo(add(root, "info", ""), info);
            }
            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = transformers.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            String xml = out.toString();
            validateOutgoing(xml.getBytes(StandardCharsets.UTF_8));
            return xml;
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("CAP cannot be written", e);
        }
    }

    private static void writeInfo(Element info, CapInfo text) {
        add(info, "language", text.language());
        text.categories().forEach(category -> add(info, "category", category));
        add(info, "event", text.event());
        text.responseTypes().forEach(type -> add(info, "responseType", type));
        add(info, "urgency", text.urgency());
        add(info, "severity", text.severity());
        add(info, "certainty", text.certainty());
        add(info, "audience", text.audience());
        addNamedValues(info, "eventCode", text.eventCodes(), Function.identity());
        add(info, "effective", text.effective());
        add(info, "onset", text.onset());
        add(info, "expires", text.expires());
        add(info, "senderName", text.senderName());
        add(info, "headline", text.headline());
        add(info, "description", text.description());
        add(info, "instruction", text.instruction());
        add(info, "web", text.web());
        add(info, "contact", text.contact());
        addNamedValues(info, "parameter", text.parameters(), Function.identity());
        for (CapResource resource : text.resources()) {
            Element element = add(info, "resource", "");
            add(element, "resourceDesc", resource.resourceDesc());
            add(element, "mimeType", resource.mimeType());
            add(
                    element,
                    "size",
                    resource.size() == null ? null : resource.size().toString());
            add(element, "uri", resource.uri());
            add(element, "derefUri", resource.derefUri());
            add(element, "digest", resource.digest());
        }
        for (AlertArea area : text.areas()) {
            Element element = add(info, "area", "");
            add(element, "areaDesc", area.description());
            area.polygons().forEach(polygon -> add(element, "polygon", polygon));
            area.circles().forEach(circle -> add(element, "circle", circle));
            addNamedValues(
                    element,
                    "geocode",
                    area.geocodes(),
                    geocode -> new NamedValue(geocode.valueName(), geocode.value()));
            add(
                    element,
                    "altitude",
                    area.altitude() == null ? null : area.altitude().toPlainString());
            add(
                    element,
                    "ceiling",
                    area.ceiling() == null ? null : area.ceiling().toPlainString());
        }
    }

    private static <T> void addNamedValues(Element parent, String name, List<T> values, Function<T, NamedValue> named) {
        for (T value : values) {
            NamedValue pair = named.apply(value);
            Element element = add(parent, name, "");
            add(element, "valueName", pair.valueName());
            add(element, "value", pair.value());
        }
    }

    /** Appends an element; nothing when the text is null (an absent optional element), an empty one for {@code ""}. */
    private static Element add(Element parent, String name, String text) {
        if (text == null) {
            return null;
        }
        Element element = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
        if (!text.isEmpty()) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    /** A platform time as CAP writes it: whole seconds, offset {@code +00:00}. */
    public static String capTime(Instant instant) {
        return CAP_TIME.format(instant.atOffset(ZoneOffset.UTC).withNano(0));
    }

    /** The instant of a CAP time; {@code 24:00:00} is the midnight that ends the day, as XML Schema defines it. */
    public static Instant instant(String text) {
        return instantOrNull(text);
    }

    // ---------------------------------------------------------------- DOM helpers

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && NAMESPACE.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The trimmed text of the first such child: null when absent, empty when present and empty (kept as sent). */
    private static String text(Element parent, String localName) {
        Element element = child(parent, localName);
        return element == null ? null : element.getTextContent().strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isEmpty();
    }

    /** The trimmed texts of every such child, in order. */
    private static List<String> texts(Element parent, String localName) {
        return children(parent, localName).stream()
                .map(e -> e.getTextContent().strip())
                .toList();
    }

    private static List<NamedValue> namedValues(Element parent, String localName) {
        return children(parent, localName).stream()
                .map(e -> new NamedValue(text(e, "valueName"), text(e, "value")))
                .toList();
    }

    private static List<String> words(String text) {
        return blank(text) ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    /** A CAP time kept as written, once checked. */
    private static String time(String text) throws InvalidCap {
        if (text != null && instantOrNull(text) == null) {
            throw new InvalidCap("cap.time-malformed", text);
        }
        return text;
    }

    private static Instant instantOrNull(String text) {
        if (text == null) {
            return null;
        }
        String lexical = text.strip();
        boolean endOfDay = lexical.length() > 19 && lexical.startsWith("24:00:00", 11);
        try {
            OffsetDateTime time = OffsetDateTime.parse(
                    endOfDay ? lexical.substring(0, 11) + "00:00:00" + lexical.substring(19) : lexical);
            return (endOfDay ? time.plusDays(1) : time).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Every warning and error of the parser or validator refuses the message. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // warnings (e.g. unknown lax content) do not make a message invalid
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
