package org.g5sahel.pcms.alerts.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.g5sahel.pcms.alerts.cap.CapSignatures;
import org.g5sahel.pcms.alerts.cap.CapXml;
import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.g5sahel.pcms.alerts.model.Alert;
import org.g5sahel.pcms.alerts.model.CapSignature;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/**
 * A partner's CAP message, from bytes to a draft alert: read and validated, its signature checked against the trust
 * list (a broken one refuses the message; one by a signer not on the list is refused only when configured so), then
 * kept as received.
 */
@ApplicationScoped
public class CapImports {

    private final CapXml capXml;
    private final TrustedSigners trustedSigners;
    private final AlertService alerts;
    private final AlertsConfig config;

    public CapImports(CapXml capXml, TrustedSigners trustedSigners, AlertService alerts, AlertsConfig config) {
        this.capXml = capXml;
        this.trustedSigners = trustedSigners;
        this.alerts = alerts;
        this.config = config;
    }

    public Alert importMessage(Caller caller, byte[] body, String feed, SharingTerms sharing) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "cap.empty");
        }
        if (body.length > config.cap().maxBytes()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE);
        }
        try {
            CapXml.Read read = capXml.read(body);
            CapSignature signature = CapSignatures.check(read.document(), trustedSigners.trustList());
            if (signature.state() == CapSignature.State.SIGNED_UNTRUSTED
                    && config.cap().refuseUntrustedSigners()) {
                throw new CapXml.InvalidCap("cap.signer-not-trusted", signature.signer());
            }
            return alerts.importCap(caller, read.message(), body, signature, feed, sharing);
        } catch (CapXml.InvalidCap e) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError("cap", e.reasonKey())),
                    "cap.refused",
                    e.detail());
        }
    }
}
