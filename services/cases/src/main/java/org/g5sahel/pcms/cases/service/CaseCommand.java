package org.g5sahel.pcms.cases.service;

import java.util.List;
import org.g5sahel.pcms.cases.model.ThreatCategory;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/** A case as {@link CaseService} opens or replaces it; {@code sharing} applies at opening only. */
public record CaseCommand(
        String title,
        String summary,
        List<ThreatCategory> threats,
        String leadInvestigator,
        List<String> participatingAgencies,
        String prosecutor,
        String court,
        String judicialReference,
        SharingTerms sharing) {}
