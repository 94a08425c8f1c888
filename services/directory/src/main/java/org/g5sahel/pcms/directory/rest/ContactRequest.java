package org.g5sahel.pcms.directory.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.identity.AgencyCode;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.directory.model.Competence;
import org.g5sahel.pcms.directory.model.Contact;
import org.g5sahel.pcms.directory.service.ContactCommand;

/** A point of contact as a coordinator writes it. {@code sharing} applies at creation; later changes go to /sharing. */
@Schema(name = "ContactRequest")
public record ContactRequest(
        @NotBlank @Pattern(regexp = AgencyCode.PATTERN) @Schema(example = "NE-OCRTIS")
        String agencyCode,

        @NotBlank @Size(max = 200) @Schema(example = "Commissaire Aïcha Moussa")
        String fullName,

        @Size(max = 100) String rank,

        @Size(max = 200) @Schema(example = "Chef de la permanence 24/7")
        String function,

        @Size(max = 10) List<@Pattern(regexp = "^[a-z]{2,3}$") String> languages,
        @Size(max = 10) List<@Pattern(regexp = "^\\+[0-9]{6,15}$") String> phones,
        @Email @Size(max = 200) String secureEmail,
        @Size(max = 200) @Schema(example = "24/7") String availability,
        @Size(max = 20) List<@NotNull Competence> competences,
        boolean liaisonOfficer,
        Boolean active,
        @Valid SharingTerms sharing) {

    /** The contact as a PUT would replace it: what a merge patch is applied to. */
    public static ContactRequest of(Contact contact) {
        return new ContactRequest(
                contact.agencyCode,
                contact.fullName,
                contact.rank,
                contact.function,
                List.copyOf(contact.languages),
                List.copyOf(contact.phones),
                contact.secureEmail,
                contact.availability,
                contact.competences.stream().map(Competence::valueOf).toList(),
                contact.liaisonOfficer,
                contact.active,
                null);
    }

    public ContactCommand command() {
        return new ContactCommand(
                agencyCode,
                fullName,
                rank,
                function,
                languages,
                phones,
                secureEmail,
                availability,
                competences,
                liaisonOfficer,
                active,
                sharing);
    }
}
