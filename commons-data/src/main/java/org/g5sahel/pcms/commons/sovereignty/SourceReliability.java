package org.g5sahel.pcms.commons.sovereignty;

/** First half of the 4x4 evaluation: how reliable the source is. */
public enum SourceReliability {
    /** No doubt about authenticity, trustworthiness and competence; or a history of complete reliability. */
    A,
    /** Source from whom information received has in most instances proved to be reliable. */
    B,
    /** Source from whom information received has in most instances proved to be unreliable. */
    C,
    /** Reliability cannot be assessed. */
    X
}
