package org.g5sahel.pcms.training.certificate;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.g5sahel.pcms.training.config.TrainingConfig;

/**
 * Signs and verifies certificates with Ed25519 (JDK, no extra library). The key pair comes from PEM files; development
 * and tests generate them on first start. The key id (a digest of the public key) travels with each certificate so
 * that a key rotation keeps older certificates verifiable once several keys are kept.
 */
@ApplicationScoped
@Startup
public class CertificateSigner {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey signingKey;
    private final PublicKey verificationKey;
    private final String keyId;

    public CertificateSigner(TrainingConfig config) {
        TrainingConfig.Certificates keys = config.certificates();
        try {
            if (config.certificates().generateKey() && !Files.exists(keys.signingKey())) {
                generate(keys.signingKey(), keys.verificationKey());
            }
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            signingKey = factory.generatePrivate(new PKCS8EncodedKeySpec(readPem(keys.signingKey(), "PRIVATE KEY")));
            verificationKey =
                    factory.generatePublic(new X509EncodedKeySpec(readPem(keys.verificationKey(), "PUBLIC KEY")));
            keyId = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(verificationKey.getEncoded()))
                    .substring(0, 16);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The certificate signing keys cannot be loaded from " + keys.signingKey() + " and "
                            + keys.verificationKey() + ": " + e.getMessage(),
                    e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The base64url signature of the document's signed bytes. */
    public String sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(signingKey);
            signature.update(content);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /** Whether {@code signatureText} is this service's signature of {@code content}; false for any malformed input. */
    public boolean verify(byte[] content, String keyIdSent, String signatureText) {
        if (!keyId.equals(keyIdSent)) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(verificationKey);
            signature.update(content);
            return signature.verify(Base64.getUrlDecoder().decode(signatureText));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** The public key as PEM, for verifiers who check certificates offline. */
    public String verificationKeyPem() {
        return pem("PUBLIC KEY", verificationKey.getEncoded());
    }

    private static void generate(Path signingKey, Path verificationKey) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        for (Path file : new Path[] {signingKey, verificationKey}) {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        }
        Files.writeString(verificationKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(signingKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Log.warnf("Generated a development certificate signing key at %s: never use it in production", signingKey);
    }

    private static byte[] readPem(Path file, String label) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IOException(file + " is not a PEM " + label);
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
