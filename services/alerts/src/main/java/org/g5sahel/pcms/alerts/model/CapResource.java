package org.g5sahel.pcms.alerts.model;

/**
 * A CAP {@code resource}: a file that goes with an info block, by reference ({@code uri}) or inline ({@code derefUri},
 * base64 as sent), with its declared size in bytes and SHA-1 {@code digest} as sent.
 */
public record CapResource(
        String resourceDesc, String mimeType, Long size, String uri, String derefUri, String digest) {}
