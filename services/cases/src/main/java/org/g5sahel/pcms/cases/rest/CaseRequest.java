package org.g5sahel.pcms.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.cases.model.InvestigationCase;
import org.g5sahel.pcms.cases.model.ThreatCategory;
import org.g5sahel.pcms.cases.service.CaseCommand;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.text.IdentifierText;

/** A case as its investigator writes it. {@code sharing} applies at creation; later changes go to /sharing. */
@Schema(name = "CaseRequest")
public record CaseRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Filière de cocaïne Gao – Agadez")
        String title,

        @Size(max = 10000) String summary,
        @NotEmpty @Size(max = 12) List<@NotNull ThreatCategory> threats,

        @Size(max = 200) @Schema(example = "ml-investigator")
        String leadInvestigator,

        @Size(max = 30) List<@NotNull @Pattern(regexp = AGENCY_CODE) String> participatingAgencies,

        @Size(max = 200) @Schema(example = "Procureur du pôle judiciaire spécialisé")
        String prosecutor,

        @Size(max = 200) @Schema(example = "Tribunal de grande instance de la commune III, Bamako")
        String court,

        @Size(max = 100) @IdentifierText @Schema(example = "RP 2026/0456")
        String judicialReference,

        @Valid SharingTerms sharing) {

    static final String AGENCY_CODE = AgencyCode.PATTERN;

    /** The case as a PUT would replace it: what a merge patch is applied to. */
    public static CaseRequest of(InvestigationCase investigation) {
        return new CaseRequest(
                investigation.title,
                investigation.summary,
                investigation.threats.stream().map(ThreatCategory::valueOf).toList(),
                investigation.leadInvestigator,
                List.copyOf(investigation.participatingAgencies),
                investigation.prosecutor,
                investigation.court,
                investigation.judicialReference,
                null);
    }

    public CaseCommand command() {
        return new CaseCommand(
                title,
                summary,
                threats,
                leadInvestigator,
                participatingAgencies,
                prosecutor,
                court,
                judicialReference,
                sharing);
    }
}
