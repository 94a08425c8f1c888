package org.g5sahel.pcms.alerts.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The tests' own reading of CAP, independent of the service's: every element of a message as a path and its text, to
 * compare a message and its export field by field.
 */
final class CapMessages {

    static final String MEDIA_TYPE = "application/cap+xml";
    static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

    private CapMessages() {}

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertSchemaValid(String xml) {
        try (InputStream xsd = CapMessages.class.getResourceAsStream("/cap/CAP-v1.2.xsd")) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.newSchema(new StreamSource(xsd)).newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("export does not validate against CAP 1.2: " + e.getMessage(), e);
        }
    }

    /** The message's own elements (not its info blocks, nor a signature): name to texts, in order. */
    static Map<String, List<String>> envelope(Document message) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element child : children(message.getDocumentElement())) {
            if (NAMESPACE.equals(child.getNamespaceURI()) && !"info".equals(child.getLocalName())) {
                fields.computeIfAbsent(child.getLocalName(), name -> new ArrayList<>())
                        .add(child.getTextContent().strip());
            }
        }
        return fields;
    }

    /** Each info block as the list of its leaf elements, {@code area/polygon=…}, in document order. */
    static List<List<String>> infos(Document message) {
        List<List<String>> infos = new ArrayList<>();
        for (Element child : children(message.getDocumentElement())) {
            if ("info".equals(child.getLocalName())) {
                List<String> leaves = new ArrayList<>();
                leaves(child, "", leaves);
                infos.add(leaves);
            }
        }
        return infos;
    }

    /**
     * The export says everything the original said: every info block leaf by leaf, and the message's own elements
     * but those the platform sets (identifier, sender, sent, status until issued, scope, restriction, source when
     * the original had none, references, which gain the original).
     */
    static void assertFaithful(byte[] original, String export, String expectedStatus) {
        assertSchemaValid(export);
        Document sent = parse(original);
        Document received = parse(export.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(infos(received)).as("info blocks").isEqualTo(infos(sent));
        Map<String, List<String>> before = envelope(sent);
        Map<String, List<String>> after = envelope(received);
        for (String kept : List.of("msgType", "addresses", "code", "note", "incidents", "source")) {
            if (before.containsKey(kept)) {
                assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept));
            }
        }
        assertThat(after.get("status")).containsExactly(expectedStatus);
        String originalId = before.get("sender").get(0) + ","
                + before.get("identifier").get(0) + "," + before.get("sent").get(0);
        List<String> references = List.of(after.get("references").get(0).split("\\s+"));
        assertThat(references).contains(originalId);
        if (before.containsKey("references")) {
            assertThat(references)
                    .containsAll(List.of(before.get("references").get(0).split("\\s+")));
        }
        assertThat(after.get("identifier"))
                .doesNotContain(before.get("identifier").get(0));
    }

    /**
     * A message as large senders write them: {@code infoBlocks} blocks, each in its own language with its own event,
     * every optional element, a resource given inline, and two areas of its own (the second with the same
     * description as the first), altitude and ceiling.
     */
    static byte[] generated(String identifier, String status, String msgType, String references, int infoBlocks) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>%s</identifier>
                  <sender>dgpc@protection-civile.example.ne</sender>
                  <sent>2026-11-30T24:00:00+01:00</sent>
                  <status>%s</status>
                  <msgType>%s</msgType>
                  <source>Centre opérationnel de Niamey</source>
                  <scope>Public</scope>
                  <addresses>"Direction régionale Tillabéri" ops@example.ne</addresses>
                  <code>PCMS-EXERCISE-2026</code>
                  <code>profile:NE-CAP:1.0</code>
                  <note>Message d'essai, ne pas diffuser au public</note>
                %s  <incidents>INC-2026-77 INC-2026-78</incidents>
                """.formatted(
                        identifier,
                        status,
                        msgType,
                        references == null ? "" : "  <references>" + references + "</references>\n"));
        for (int i = 0; i < infoBlocks; i++) {
            double lat = 13 + (i % 40) * 0.05;
            xml.append(String.format(java.util.Locale.ROOT, """
                      <info>
                        <language>x-block-%1$d</language>
                        <category>Security</category>
                        <category>Rescue</category>
                        <event>Événement %1$d — crue du fleuve</event>
                        <responseType>Evacuate</responseType>
                        <responseType>Monitor</responseType>
                        <urgency>Expected</urgency>
                        <severity>Moderate</severity>
                        <certainty>Likely</certainty>
                        <audience>Autorités locales</audience>
                        <eventCode><valueName>SAME</valueName><value>FLW</value></eventCode>
                        <effective>2026-12-01T08:00:00+01:00</effective>
                        <onset>2026-12-01T12:00:00+01:00</onset>
                        <expires>2036-12-03T08:00:00+01:00</expires>
                        <senderName>Direction générale de la protection civile</senderName>
                        <headline>Bloc %1$d : le titre n'est jamais coupé, même quand il dépasse largement les cent soixante caractères que la plateforme impose à ses propres titres, parce qu'il vient d'un émetteur.</headline>
                        <description>Montée des eaux, bloc %1$d.</description>
                        <instruction>Quitter les berges.</instruction>
                        <web>https://protection-civile.example.ne/alertes/%1$d</web>
                        <contact>+227 20 00 00 00</contact>
                        <parameter><valueName>layer:PCMS:zone</valueName><value>Z-%1$d</value></parameter>
                        <resource>
                          <resourceDesc>Carte de la zone %1$d</resourceDesc>
                          <mimeType>image/png</mimeType>
                          <size>12</size>
                          <derefUri>iVBORw0KGgoAAAAN</derefUri>
                          <digest>2fd4e1c67a2d28fced849ee1bb76e7391b93eb12</digest>
                        </resource>
                        <area>
                          <areaDesc>Berges</areaDesc>
                          <polygon>%2$.2f,1.0 %2$.2f,1.5 %3$.2f,1.5 %3$.2f,1.0 %2$.2f,1.0</polygon>
                          <circle>%2$.2f,1.2 5</circle>
                          <geocode><valueName>PCMS-ZONE</valueName><value>TILLABERI-%1$d</value></geocode>
                          <altitude>650</altitude>
                          <ceiling>1200.5</ceiling>
                        </area>
                        <area>
                          <areaDesc>Berges</areaDesc>
                          <circle>%3$.2f,1.3 2.5</circle>
                        </area>
                      </info>
                    """, i, lat, lat + 0.04));
        }
        return xml.append("</alert>\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CapMessages.class.getResourceAsStream("/cap/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void leaves(Element element, String path, List<String> into) {
        List<Element> children = children(element);
        if (children.isEmpty()) {
            into.add(path + "=" + element.getTextContent().strip());
            return;
        }
        for (Element child : children) {
            leaves(child, path.isEmpty() ? child.getLocalName() : path + "/" + child.getLocalName(), into);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }
}
