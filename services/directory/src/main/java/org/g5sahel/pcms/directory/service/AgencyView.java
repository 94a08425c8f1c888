package org.g5sahel.pcms.directory.service;

import java.util.List;
import org.g5sahel.pcms.directory.model.Agency;
import org.g5sahel.pcms.directory.model.AgencyType;

/**
 * An agency as clients read it, and as the {@code directory.agency.*} events carry it: one published shape, kept in
 * the service layer because the service publishes it.
 */
public record AgencyView(
        String code,
        String state,
        String nameFr,
        String nameEn,
        String nameOriginal,
        AgencyType type,
        List<String> competences,
        String parentCode,
        String deskPhone,
        String deskEmail,
        String deskHours,
        Agency.Status status,
        long version) {

    public static AgencyView of(Agency agency) {
        return new AgencyView(
                agency.code,
                agency.state,
                agency.nameFr,
                agency.nameEn,
                agency.nameOriginal,
                agency.type,
                List.copyOf(agency.competences),
                agency.parentCode,
                agency.deskPhone,
                agency.deskEmail,
                agency.deskHours,
                agency.status,
                agency.version);
    }
}
