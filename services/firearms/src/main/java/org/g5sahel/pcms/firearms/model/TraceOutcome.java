package org.g5sahel.pcms.firearms.model;

/** The answer to a trace request (International Tracing Instrument §§ 14–23). */
public enum TraceOutcome {
    /** Traced to the last legal holder, with the transfer chain. */
    TRACED,
    /** The requested State's records do not identify the firearm. */
    NOT_TRACED,
    /** The requested State declines, with its reason (ITI § 22: national security, confidentiality…). */
    DECLINED
}
