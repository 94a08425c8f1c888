package org.g5sahel.pcms.cases.service;

import java.util.UUID;
import org.g5sahel.pcms.cases.model.CaseLink;

/** A link from one case to another, as {@link CaseService} records it. */
public record CaseLinkCommand(UUID linkedCaseId, CaseLink.Relation relation) {}
