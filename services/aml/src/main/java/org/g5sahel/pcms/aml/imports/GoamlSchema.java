package org.g5sahel.pcms.aml.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The FIU's own copy of the goAML reporting schema (XSD), against which files are validated in full when an operator
 * configures it ({@code pcms.aml.goaml.schema-path}). The schema is read once; neither it nor a file may reach
 * anything outside them (no external DTD, schema or entity). goAML schemas have no target namespace: a file whose
 * elements are in a namespace, prefixed or default, is validated by their local names, as it is read.
 */
public final class GoamlSchema {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private final Schema schema;
    private final SAXParserFactory parsers;

    private GoamlSchema(Schema schema) throws ParserConfigurationException, SAXException {
        this.schema = schema;
        parsers = SAXParserFactory.newInstance();
        parsers.setNamespaceAware(true);
        parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        parsers.setFeature(DISALLOW_DOCTYPE, true);
        parsers.setFeature("http://xml.org/sax/features/external-general-entities", false);
        parsers.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        parsers.setXIncludeAware(false);
    }

    /** Compiles the schema file; a schema that cannot be read or compiled stops the service at start. */
    public static GoamlSchema load(Path xsd) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new GoamlSchema(factory.newSchema(xsd.toFile()));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("goAML schema " + xsd + " cannot be used: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a file that does not follow the schema, naming the element at fault (its path, as the import names it),
     * its line and the validator's own explanation.
     */
    public void validate(byte[] file) {
        try {
            XMLReader reader = parsers.newSAXParser().getXMLReader();
            ValidatorHandler validator = schema.newValidatorHandler();
            LocalNames filter = new LocalNames(reader);
            validator.setErrorHandler(new Refusal(filter));
            filter.setContentHandler(validator);
            filter.setErrorHandler(new Refusal(filter));
            filter.parse(new InputSource(new ByteArrayInputStream(file)));
        } catch (SchemaViolation e) {
            throw e.refusal;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ImportException("report", -1, "import.malformed");
        }
    }

    /** Passes elements on by local name, out of any namespace, keeping the path of the element being read. */
    private static final class LocalNames extends XMLFilterImpl {
        private final Deque<String> paths = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();

        LocalNames(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            Map<String, Integer> seen = siblings.peek();
            String path = localName;
            if (seen != null) {
                int index = seen.merge(localName, 1, Integer::sum);
                path = paths.peek() + "/" + localName + (index == 1 ? "" : "[" + index + "]");
            }
            paths.push(path);
            siblings.push(new HashMap<>());
            super.startElement("", localName, localName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement("", localName, localName);
            paths.pop();
            siblings.pop();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            // the elements leave their namespace: their prefixes mean nothing to the validator
        }

        @Override
        public void endPrefixMapping(String prefix) {
            // as startPrefixMapping
        }

        String path() {
            return paths.isEmpty() ? "report" : paths.peek();
        }
    }

    /** The first error stops the validation, naming the element being read. */
    private record Refusal(LocalNames filter) implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // warnings do not make a file invalid
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw new SchemaViolation(new ImportException(
                    filter.path(), exception.getLineNumber(), "import.goaml.schema-invalid", exception.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            error(exception);
        }
    }

    /** Carries the refusal out of the SAX parser, which only lets SAX exceptions through. */
    private static final class SchemaViolation extends SAXException {
        private final transient ImportException refusal;

        SchemaViolation(ImportException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }
}
