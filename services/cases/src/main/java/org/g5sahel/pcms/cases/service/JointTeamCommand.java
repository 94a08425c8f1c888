package org.g5sahel.pcms.cases.service;

import java.time.LocalDate;
import java.util.List;

/** A joint investigation team as {@link JointTeamService} sets it up. */
public record JointTeamCommand(
        String name,
        String agreementReference,
        String leaderAgency,
        List<String> memberAgencies,
        LocalDate validFrom,
        LocalDate validUntil) {}
