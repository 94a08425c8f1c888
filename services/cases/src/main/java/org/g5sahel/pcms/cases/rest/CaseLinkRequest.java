package org.g5sahel.pcms.cases.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.CaseLink;
import org.g5sahel.pcms.cases.service.CaseLinkCommand;

public record CaseLinkRequest(
        @NotNull UUID linkedCaseId, @NotNull CaseLink.Relation relation) {

    public CaseLinkCommand command() {
        return new CaseLinkCommand(linkedCaseId, relation);
    }
}
