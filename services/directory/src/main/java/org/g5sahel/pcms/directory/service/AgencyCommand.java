package org.g5sahel.pcms.directory.service;

import java.util.List;
import org.g5sahel.pcms.directory.model.AgencyType;
import org.g5sahel.pcms.directory.model.Competence;

/** An agency's description as {@link AgencyService} creates or replaces it; {@code code} and {@code state} stay. */
public record AgencyCommand(
        String code,
        String state,
        String nameFr,
        String nameEn,
        String nameOriginal,
        AgencyType type,
        List<Competence> competences,
        String parentCode,
        String deskPhone,
        String deskEmail,
        String deskHours) {}
