package org.g5sahel.pcms.alerts.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.AlertArea;
import org.g5sahel.pcms.alerts.model.AlertInfo;
import org.g5sahel.pcms.alerts.model.CapCategory;
import org.g5sahel.pcms.alerts.model.Certainty;
import org.g5sahel.pcms.alerts.model.Geocode;
import org.g5sahel.pcms.alerts.model.Severity;
import org.g5sahel.pcms.alerts.model.Urgency;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * CAP 1.2 in and out. Parsing is hardened against XXE and XInclude (no DOCTYPE at all, no external access of any kind:
 * a partner feed can never make the service open a connection or read a file) and every message, in or out, is
 * validated against the OASIS schema; then the CAP rules the schema cannot express are checked.
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

        InvalidCap(String reasonKey, String detail) {
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

    /** What an imported CAP message says, in the service's terms. */
    public record ImportedAlert(String identifier, String sender, Instant sent, String status, Alert.MsgType msgType,
            List<CapCategory> categories, String event, Urgency urgency, Severity severity, Certainty certainty,
            Instant effective, Instant expires, List<AlertInfo> infos, List<AlertArea> areas) {
    }

    // ---------------------------------------------------------------- import

    /** Parses, validates and reads a CAP 1.2 alert; the bytes' own declared encoding is honoured (ISO-8859-1…). */
    public ImportedAlert read(byte[] xml) throws InvalidCap {
        Document document = parseSecurely(xml);
        validate(document);
        Element alert = document.getDocumentElement();
        String references = text(alert, "references");
        if (child(alert, "references") != null && (references == null || !validReferences(references))) {
            throw new InvalidCap("cap.references-malformed", "references: " + (references == null ? "(empty)" : references));
        }
        Alert.MsgType msgType = Alert.MsgType.valueOf(text(alert, "msgType"));
        if (msgType != Alert.MsgType.Alert && references == null) {
            throw new InvalidCap("cap.references-required", msgType.name());
        }
        if ("Restricted".equals(text(alert, "scope")) && text(alert, "restriction") == null) {
            throw new InvalidCap("cap.restriction-required", "scope Restricted");
        }
        List<Element> infoElements = children(alert, "info");
        if (infoElements.isEmpty()) {
            throw new InvalidCap("cap.no-info", "alert " + text(alert, "identifier"));
        }
        Element first = infoElements.get(0);
        List<AlertInfo> infos = new ArrayList<>();
        Map<String, AlertArea> areas = new LinkedHashMap<>();
        for (Element info : infoElements) {
            String language = text(info, "language");
            String headline = text(info, "headline");
            infos.add(new AlertInfo(language == null ? "en-US" : language,
                    truncate(headline == null ? text(info, "event") : headline, 160),
                    truncate(text(info, "description"), 8000), truncate(text(info, "instruction"), 4000),
                    truncate(text(info, "senderName"), 200)));
            for (Element area : children(info, "area")) {
                AlertArea read = readArea(area);
                areas.putIfAbsent(read.description(), read);
            }
        }
        Instant effective = instant(text(first, "effective"));
        if (effective == null) {
            effective = instant(text(first, "onset"));
        }
        Instant expires = instant(text(first, "expires"));
        if (effective != null && expires != null && expires.isBefore(effective)) {
            throw new InvalidCap("cap.expires-before-effective", expires + " < " + effective);
        }
        return new ImportedAlert(text(alert, "identifier"), text(alert, "sender"), instant(text(alert, "sent")),
                text(alert, "status"), msgType,
                children(first, "category").stream().map(e -> CapCategory.fromCap(e.getTextContent().strip())).distinct()
                        .toList(),
                text(first, "event"), Urgency.fromCap(text(first, "urgency")), Severity.fromCap(text(first, "severity")),
                Certainty.fromCap(text(first, "certainty")), effective, expires, infos, List.copyOf(areas.values()));
    }

    private AlertArea readArea(Element area) throws InvalidCap {
        List<String> polygons = children(area, "polygon").stream().map(e -> e.getTextContent().strip()).toList();
        for (String polygon : polygons) {
            String problem = AreaRules.polygonProblem(polygon);
            if (problem != null) {
                throw new InvalidCap(problem, polygon);
            }
        }
        List<String> circles = children(area, "circle").stream().map(e -> e.getTextContent().strip()).toList();
        for (String circle : circles) {
            if (AreaRules.circle(circle) == null) {
                throw new InvalidCap("area.circle-malformed", circle);
            }
        }
        List<Geocode> geocodes = children(area, "geocode").stream()
                .map(e -> new Geocode(text(e, "valueName"), text(e, "value"))).toList();
        return new AlertArea(truncate(text(area, "areaDesc"), 500), polygons, circles, geocodes);
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
            String key = e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? "cap.doctype-forbidden"
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
        } catch (SAXParseException e) {
            throw new InvalidCap("cap.schema-invalid", e.getMessage());
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

    /** The alert as one CAP 1.2 message, one {@code info} per language. */
    public String write(Alert alert, String sender) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            Element root = document.createElementNS(NAMESPACE, "alert");
            document.appendChild(root);
            add(root, "identifier", alert.reference);
            add(root, "sender", sender);
            add(root, "sent", capTime(alert.issuedAt != null ? alert.issuedAt : alert.updatedAt));
            add(root, "status", alert.issuedAt == null ? "Draft" : "Actual");
            add(root, "msgType", alert.msgType.name());
            if (alert.importedFrom != null) {
                add(root, "source", truncate("imported from " + alert.importedFrom, 200));
            }
            add(root, "scope", "Restricted");
            add(root, "restriction", "PCMS distribution " + alert.sovereignty.distribution() + ", handling "
                    + alert.sovereignty.handlingCode() + (alert.sovereignty.handlingRestriction() == null ? ""
                            : ": " + alert.sovereignty.handlingRestriction()));
            if (alert.msgType != Alert.MsgType.Alert && alert.issuedAt != null) {
                add(root, "references", sender + "," + alert.reference + "," + capTime(alert.issuedAt));
            }
            for (AlertInfo text : alert.infos) {
                Element info = add(root, "info", null);
                add(info, "language", text.language());
                for (String category : alert.categories) {
                    add(info, "category", CapCategory.valueOf(category).cap());
                }
                add(info, "event", alert.event);
                add(info, "urgency", alert.urgency.cap());
                add(info, "severity", alert.severity.cap());
                add(info, "certainty", alert.certainty.cap());
                if (alert.effective != null) {
                    add(info, "effective", capTime(alert.effective));
                }
                if (alert.expires != null) {
                    add(info, "expires", capTime(alert.expires));
                }
                add(info, "senderName", text.senderName() != null ? text.senderName() : alert.sovereignty.ownerAgency());
                add(info, "headline", text.headline());
                if (text.description() != null) {
                    add(info, "description", text.description());
                }
                if (text.instruction() != null) {
                    add(info, "instruction", text.instruction());
                }
                for (AlertArea area : alert.areas) {
                    Element areaElement = add(info, "area", null);
                    add(areaElement, "areaDesc", area.description());
                    area.polygons().forEach(polygon -> add(areaElement, "polygon", polygon));
                    area.circles().forEach(circle -> add(areaElement, "circle", circle));
                    for (Geocode geocode : area.geocodes()) {
                        Element code = add(areaElement, "geocode", null);
                        add(code, "valueName", geocode.valueName());
                        add(code, "value", geocode.value());
                    }
                }
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
            validateOutgoing(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return xml;
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("CAP cannot be written", e);
        }
    }

    private static Element add(Element parent, String name, String text) {
        Element element = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    static String capTime(Instant instant) {
        return CAP_TIME.format(instant.atOffset(ZoneOffset.UTC).withNano(0));
    }

    // ---------------------------------------------------------------- DOM helpers

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && NAMESPACE.equals(element.getNamespaceURI())
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

    /** The trimmed text of the first such child, null when absent or empty. */
    private static String text(Element parent, String localName) {
        Element element = child(parent, localName);
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static Instant instant(String text) throws InvalidCap {
        if (text == null) {
            return null;
        }
        Instant instant = instantOrNull(text);
        if (instant == null) {
            throw new InvalidCap("cap.time-malformed", text);
        }
        return instant;
    }

    private static Instant instantOrNull(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
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
