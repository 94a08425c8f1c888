package org.g5sahel.pcms.alerts.model;

/**
 * What the XML signature of an imported CAP message proved: nothing (unsigned), or a valid signature by a certificate
 * on the administrators' trust list, or a valid one by a signer who is not on it. An invalid signature is never
 * stored: the message is refused. {@code algorithm} is the signature method as the sender chose it (older senders sign
 * with RSA-SHA1, which the view therefore names).
 */
public record CapSignature(State state, String signer, String fingerprint, String algorithm) {

    public enum State {
        UNSIGNED,
        SIGNED_TRUSTED,
        SIGNED_UNTRUSTED
    }

    public static final CapSignature UNSIGNED = new CapSignature(State.UNSIGNED, null, null, null);
}
