package org.g5sahel.pcms.aml.service;

/** An entry named in a diff: its reference in the list and its primary name. */
public record EntryRef(String referenceNumber, String primaryName) {}
