package org.g5sahel.pcms.alerts.model;

/** A CAP {@code valueName} / {@code value} pair: an {@code eventCode} or a {@code parameter} of an info block. */
public record NamedValue(String valueName, String value) {}
