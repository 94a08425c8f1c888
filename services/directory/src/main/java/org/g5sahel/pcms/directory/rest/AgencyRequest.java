package org.g5sahel.pcms.directory.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.directory.model.Agency;
import org.g5sahel.pcms.directory.model.AgencyType;
import org.g5sahel.pcms.directory.model.Competence;
import org.g5sahel.pcms.directory.service.AgencyCommand;

/** An agency as a coordinator writes it. {@code code} and {@code state} are fixed at creation. */
@Schema(name = "AgencyRequest")
public record AgencyRequest(
        @NotBlank @Pattern(regexp = AgencyCode.PATTERN) @Size(max = 40) @Schema(example = "NE-OCRTIS")
        String code,

        @NotBlank @Pattern(regexp = "^[A-Z0-9]+$") @Schema(example = "NE")
        String state,

        @NotBlank @Size(max = 300) @Schema(example = "Office central de répression du trafic illicite des stupéfiants")
        String nameFr,

        @Size(max = 300) String nameEn,
        @Size(max = 300) String nameOriginal,
        @NotNull AgencyType type,
        @Size(max = 20) List<@NotNull Competence> competences,
        @Pattern(regexp = AgencyCode.PATTERN) String parentCode,

        @Size(max = 40) @Pattern(regexp = "^\\+[0-9 ]{6,20}$") @Schema(example = "+227 20 00 00 00")
        String deskPhone,

        @Email @Size(max = 200) String deskEmail,
        @Size(max = 100) @Schema(example = "24/7") String deskHours) {

    /** The agency as a PUT would replace it: what a merge patch is applied to. */
    public static AgencyRequest of(Agency agency) {
        return new AgencyRequest(
                agency.code,
                agency.state,
                agency.nameFr,
                agency.nameEn,
                agency.nameOriginal,
                agency.type,
                agency.competences.stream().map(Competence::valueOf).toList(),
                agency.parentCode,
                agency.deskPhone,
                agency.deskEmail,
                agency.deskHours);
    }

    public AgencyCommand command() {
        return new AgencyCommand(
                code,
                state,
                nameFr,
                nameEn,
                nameOriginal,
                type,
                competences,
                parentCode,
                deskPhone,
                deskEmail,
                deskHours);
    }
}
