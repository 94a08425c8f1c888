package org.g5sahel.pcms.cases.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.cases.service.RegistryMatchService;
import org.g5sahel.pcms.commons.correlation.IdentifierKind;
import org.g5sahel.pcms.commons.directory.DirectoryClient;

/**
 * A cross-registry match as the caller's side sees it: its own record and items, and of the other record only what
 * the match revealed — kind, reference, owner and where to ask for access.
 */
@Schema(description = "A match between a record of the caller's agency (or State) and a record of another State")
public record RegistryMatchView(
        UUID id,
        Instant detectedAt,
        List<String> identifierKinds,

        @Schema(
                example = "passeport NE… de votre dossier NE-CASE-2026-000012 et une entrée de liste de surveillance"
                        + " du Mali (ML-POLICE, ML-WL-2026-000003)")
        String explanation,

        OwnSide own,
        OtherSide other) {

    /** The caller's own record; {@code items} for its owning agency only. */
    public record OwnSide(
            String service, String recordType, UUID recordId, String reference, String ownerAgency, List<Item> items) {}

    /** An item of the caller's record holding a shared identifier: its kind and the first characters of its value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            UUID itemId,
            String itemType,
            IdentifierKind kind,
            String label,
            @Schema(example = "NE…") String hint,
            @Schema(description = "A case's subject only") String displayName) {}

    /** The other record: who holds it and how to ask them for it; nothing of its content. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OtherSide(
            String service,
            String recordType,

            @Schema(description = "Opaque: what an access request to its holder quotes")
            UUID recordId,

            String reference,
            String ownerState,
            String ownerAgency,
            Desk desk,
            AccessRequestLink accessRequest) {}

    /** The other agency's 24/7 desk, when the directory gives it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Desk(String phone, String email, String hours) {

        static Desk of(DirectoryClient.Agency agency) {
            return agency.deskPhone() == null && agency.deskEmail() == null
                    ? null
                    : new Desk(agency.deskPhone(), agency.deskEmail(), agency.deskHours());
        }
    }

    /** Where to ask the other side for access: {@code POST href} with {@code {recordId, purpose, legalBasis}}. */
    public record AccessRequestLink(
            String service,

            @Schema(example = "/api/alerts/v1/access-requests")
            String href) {}

    static RegistryMatchView of(RegistryMatchService.Side side, Desk desk) {
        List<Item> items = side.items().stream()
                .map(item -> new Item(
                        item.identifier().itemId,
                        item.identifier().itemType,
                        item.identifier().kind,
                        item.identifier().label,
                        item.identifier().hint,
                        item.displayName()))
                // a name with date of birth is several keys of one item: one line
                .distinct()
                .toList();
        return new RegistryMatchView(
                side.match().id,
                side.match().detectedAt,
                List.copyOf(side.match().identifierKinds),
                side.explanation(),
                new OwnSide(
                        side.own().service,
                        side.own().recordType,
                        side.own().recordId,
                        side.own().reference,
                        side.own().ownerAgency,
                        items),
                new OtherSide(
                        side.other().service,
                        side.other().recordType,
                        side.other().recordId,
                        side.other().reference,
                        side.other().ownerState,
                        side.other().ownerAgency,
                        desk,
                        new AccessRequestLink(
                                side.other().service, "/api/" + side.other().service + "/v1/access-requests")));
    }
}
