package org.g5sahel.pcms.commons.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/**
 * A sender of signed XML for the tests: a fresh RSA key and self-signed certificate made by the JDK's own
 * {@code keytool}, and enveloped XML signatures over the whole document (RSA-SHA256) that carry the certificate, as
 * CAP senders sign their alerts.
 */
public final class XmlSigner {

    private static final String PASSWORD = "pcms-test-signer";

    private final PrivateKey key;
    private final X509Certificate certificate;

    public XmlSigner(String commonName) {
        try {
            Path directory = Files.createTempDirectory("pcms-signer");
            Path store = directory.resolve("signer.p12");
            Process keytool = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "keytool")
                                    .toString(),
                            "-genkeypair",
                            "-alias",
                            "signer",
                            "-keyalg",
                            "RSA",
                            "-keysize",
                            "2048",
                            "-sigalg",
                            "SHA256withRSA",
                            "-validity",
                            "365",
                            "-dname",
                            "CN=" + commonName + ", O=PCMS tests",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            store.toString(),
                            "-storepass",
                            PASSWORD,
                            "-keypass",
                            PASSWORD,
                            "-noprompt")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, PASSWORD.toCharArray());
            }
            key = (PrivateKey) keyStore.getKey("signer", PASSWORD.toCharArray());
            certificate = (X509Certificate) keyStore.getCertificate("signer");
            Files.delete(store);
            Files.delete(directory);
        } catch (Exception e) {
            throw new IllegalStateException("A test signer cannot be made", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document with an enveloped signature over the whole of it, carrying the certificate. */
    public byte[] sign(byte[] xml) {
        try {
            DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
            builders.setNamespaceAware(true);
            builders.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = builders.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference(
                    "",
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)),
                    null,
                    null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", null),
                    List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            factory.newXMLSignature(
                            signedInfo, keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate)))))
                    .sign(new DOMSignContext(key, document.getDocumentElement()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("The document cannot be signed", e);
        }
    }
}
