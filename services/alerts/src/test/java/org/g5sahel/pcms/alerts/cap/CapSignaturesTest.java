package org.g5sahel.pcms.alerts.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.g5sahel.pcms.alerts.model.CapSignature;
import org.junit.jupiter.api.Test;

/** Signatures as real senders make them: the USGS signs its CAP feed with RSA-SHA1 and a bare public key. */
class CapSignaturesTest {

    private final CapXml capXml = new CapXml();

    @Test
    void theUsgsSignatureOfARealAlertVerifiesAndNamesItsKeyAndAlgorithm() throws Exception {
        CapSignature signature = CapSignatures.check(capXml.read(usgs()).document(), List.of());
        assertThat(signature.state()).isEqualTo(CapSignature.State.SIGNED_UNTRUSTED);
        assertThat(signature.signer()).startsWith("RSA key ");
        assertThat(signature.algorithm()).isEqualTo("http://www.w3.org/2000/09/xmldsig#rsa-sha1");
    }

    @Test
    void oneChangedCharacterOfTheSignedAlertBreaksIt() throws Exception {
        byte[] changed = new String(usgs(), StandardCharsets.ISO_8859_1)
                .replace("<severity>Unknown</severity>", "<severity>Extreme</severity>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CapSignatures.check(capXml.read(changed).document(), List.of()))
                .isInstanceOfSatisfying(
                        CapXml.InvalidCap.class, e -> assertThat(e.reasonKey()).isEqualTo("cap.signature-invalid"));
    }

    private static byte[] usgs() throws IOException {
        try (InputStream in = CapSignaturesTest.class.getResourceAsStream("/cap/examples/earthquake-iso8859-1.cap")) {
            return in.readAllBytes();
        }
    }
}
