package org.g5sahel.pcms.alerts.cap;

import java.io.ByteArrayInputStream;
import java.security.KeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyValue;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import org.g5sahel.pcms.alerts.model.CapSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the enveloped XML signature of a CAP message (JDK XML-DSig, secure validation on) and says who signed it.
 * Only a signature over the whole message counts: one reference, the empty URI, with the enveloped-signature transform,
 * so that no part of the alert can be changed or wrapped around the signed part. The signer is the certificate the
 * signature carries, or else a trusted certificate whose key verifies it.
 */
public final class CapSignatures {

    /** A certificate the service trusts, as the trust list gives it. */
    public record Trusted(String label, X509Certificate certificate) {}

    private static final XMLSignatureFactory FACTORY = XMLSignatureFactory.getInstance("DOM");

    private static final Set<String> ALLOWED_TRANSFORMS = Set.of(
            Transform.ENVELOPED,
            CanonicalizationMethod.INCLUSIVE,
            CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS);

    /** Reading a signature's structure needs no key. */
    private static final KeySelector NO_KEY = new KeySelector() {
        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            throw new KeySelectorException("no key while reading the signature's structure");
        }
    };

    private CapSignatures() {}

    /** What the message's signature proves; an invalid or partial signature refuses the message. */
    public static CapSignature check(Document document, Collection<Trusted> trustList) throws CapXml.InvalidCap {
        List<Element> signatures = signatures(document.getDocumentElement());
        if (signatures.isEmpty()) {
            return CapSignature.UNSIGNED;
        }
        if (signatures.size() > 1) {
            throw new CapXml.InvalidCap("cap.signature-invalid", signatures.size() + " signatures");
        }
        Element element = signatures.get(0);
        try {
            // The structure is read without the SHA-1 ban (see below), then restricted by this class's own rules.
            DOMValidateContext structure = new DOMValidateContext(NO_KEY, element);
            structure.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
            XMLSignature signature = FACTORY.unmarshalXMLSignature(structure);
            Reference reference = wholeMessageReference(signature);
            String algorithm = signature.getSignedInfo().getSignatureMethod().getAlgorithm();
            boolean sha1 = algorithm.endsWith("sha1")
                    || reference.getDigestMethod().getAlgorithm().endsWith("sha1");
            List<Signer> candidates = carriedSigner(signature.getKeyInfo())
                    .map(List::of)
                    .orElseGet(() -> trustList.stream()
                            .map(trusted -> Signer.of(trusted.certificate()))
                            .toList());
            for (Signer signer : candidates) {
                DOMValidateContext context =
                        new DOMValidateContext(KeySelector.singletonKeySelector(signer.key()), element);
                // Secure validation forbids SHA-1, which older senders still sign with. Their signature is checked
                // all the same, its shape already restricted above (one reference, the enveloped and canonicalisation
                // transforms only); the view names the algorithm.
                context.setProperty("org.jcp.xml.dsig.secureValidation", !sha1);
                if (FACTORY.unmarshalXMLSignature(context).validate(context)) {
                    return signedBy(signer, trustList, algorithm);
                }
            }
            throw new CapXml.InvalidCap(
                    "cap.signature-invalid",
                    candidates.isEmpty()
                            ? "no key in the signature"
                            : candidates.get(0).name());
        } catch (MarshalException | XMLSignatureException e) {
            throw new CapXml.InvalidCap("cap.signature-invalid", e.getMessage());
        }
    }

    /** SHA-256 of the certificate's DER encoding, lower-case hex: how the trust list names a certificate. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return sha256(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("DER of a certificate", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256", e);
        }
    }

    /** An X.509 certificate from PEM or base64 DER, or empty when the text is not one. */
    public static Optional<X509Certificate> certificate(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return Optional.of((X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)));
        } catch (IllegalArgumentException | CertificateException e) {
            return Optional.empty();
        }
    }

    /** A key that may have made the signature, and how to name it. */
    private record Signer(PublicKey key, String name, String fingerprint) {
        static Signer of(X509Certificate certificate) {
            return new Signer(
                    certificate.getPublicKey(),
                    certificate.getSubjectX500Principal().getName(),
                    CapSignatures.fingerprint(certificate));
        }

        static Signer of(PublicKey key) {
            String fingerprint = sha256(key.getEncoded());
            return new Signer(key, key.getAlgorithm() + " key " + fingerprint.substring(0, 16), fingerprint);
        }
    }

    /** Trusted when the signing certificate, or for a bare key the key of a certificate, is on the trust list. */
    private static CapSignature signedBy(Signer signer, Collection<Trusted> trustList, String algorithm) {
        return trustList.stream()
                .filter(trusted -> fingerprint(trusted.certificate()).equals(signer.fingerprint())
                        || trusted.certificate().getPublicKey().equals(signer.key()))
                .findFirst()
                .map(trusted -> new CapSignature(
                        CapSignature.State.SIGNED_TRUSTED,
                        trusted.label(),
                        fingerprint(trusted.certificate()),
                        algorithm))
                .orElseGet(() -> new CapSignature(
                        CapSignature.State.SIGNED_UNTRUSTED, signer.name(), signer.fingerprint(), algorithm));
    }

    /** The one reference, to the whole message, enveloped; no transform but canonicalisation (no XSLT, no XPath). */
    private static Reference wholeMessageReference(XMLSignature signature) throws CapXml.InvalidCap {
        List<?> references = signature.getSignedInfo().getReferences();
        if (references.size() == 1
                && references.get(0) instanceof Reference reference
                && "".equals(reference.getURI())) {
            List<String> transforms = reference.getTransforms().stream()
                    .map(t -> ((Transform) t).getAlgorithm())
                    .toList();
            if (transforms.contains(Transform.ENVELOPED) && ALLOWED_TRANSFORMS.containsAll(transforms)) {
                return reference;
            }
        }
        throw new CapXml.InvalidCap("cap.signature-partial", references.size() + " reference(s)");
    }

    /** The certificate the signature carries, else its bare public key (KeyValue), else nothing. */
    private static Optional<Signer> carriedSigner(KeyInfo keyInfo) {
        if (keyInfo == null) {
            return Optional.empty();
        }
        PublicKey bareKey = null;
        for (Object item : keyInfo.getContent()) {
            if (item instanceof X509Data data) {
                for (Object content : data.getContent()) {
                    if (content instanceof X509Certificate certificate) {
                        return Optional.of(Signer.of(certificate));
                    }
                }
            } else if (item instanceof KeyValue value) {
                try {
                    bareKey = value.getPublicKey();
                } catch (KeyException e) {
                    // an unreadable key value proves nothing: the trust list is tried instead
                }
            }
        }
        return Optional.ofNullable(bareKey).map(Signer::of);
    }

    private static List<Element> signatures(Element root) {
        List<Element> found = new ArrayList<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && XMLSignature.XMLNS.equals(element.getNamespaceURI())
                    && "Signature".equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
