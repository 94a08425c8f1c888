package org.g5sahel.pcms.cases.service;

import org.g5sahel.pcms.cases.model.CaseStatus;

/** A case's move to another status, with its reason, as {@link CaseService} applies it. */
public record StatusChangeCommand(CaseStatus status, String reason) {}
