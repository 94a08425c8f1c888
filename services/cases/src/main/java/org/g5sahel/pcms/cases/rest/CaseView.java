package org.g5sahel.pcms.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.cases.model.CaseStatus;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;

public record CaseView(
        UUID id,
        String reference,
        String title,
        String summary,
        List<String> threats,
        CaseStatus status,
        String statusReason,
        String statusChangedBy,
        Instant statusChangedAt,
        String leadInvestigator,
        List<String> participatingAgencies,
        String prosecutor,
        String court,
        String judicialReference,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        SovereigntyView sharing,
        long version) {

    public static CaseView of(InvestigationCase investigation) {
        return new CaseView(
                investigation.id,
                investigation.reference,
                investigation.title,
                investigation.summary,
                List.copyOf(investigation.threats),
                investigation.status,
                investigation.statusReason,
                investigation.statusChangedBy,
                investigation.statusChangedAt,
                investigation.leadInvestigator,
                List.copyOf(investigation.participatingAgencies),
                investigation.prosecutor,
                investigation.court,
                investigation.judicialReference,
                investigation.createdBy,
                investigation.createdAt,
                investigation.updatedAt,
                SovereigntyView.of(investigation.sovereignty),
                investigation.version);
    }
}
