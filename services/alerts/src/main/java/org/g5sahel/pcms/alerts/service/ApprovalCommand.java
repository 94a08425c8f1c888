package org.g5sahel.pcms.alerts.service;

/** The second person's decision on an item submitted for approval; a rejection says why. */
public record ApprovalCommand(Boolean approve, String reason) {}
