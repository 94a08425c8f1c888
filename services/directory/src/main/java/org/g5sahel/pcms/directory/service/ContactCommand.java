package org.g5sahel.pcms.directory.service;

import java.util.List;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.directory.model.Competence;

/** A point of contact as {@link ContactService} creates or replaces it; {@code sharing} applies at creation only. */
public record ContactCommand(
        String agencyCode,
        String fullName,
        String rank,
        String function,
        List<String> languages,
        List<String> phones,
        String secureEmail,
        String availability,
        List<Competence> competences,
        boolean liaisonOfficer,
        Boolean active,
        SharingTerms sharing) {}
