package org.g5sahel.pcms.commons.sovereignty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.identity.Roles;

/**
 * Who can see a record today, as groups of callers, and which member States see nothing of it. Not a second copy of
 * the visibility rule: {@link #of} asks the service's own read check (the query of {@link Visibility}, plus whatever
 * the service adds, such as an approver reading an alert submitted to them) for one representative caller of each
 * group a rule could name, and reports the groups that pass.
 */
@Schema(description = "Who can see the record today (docs/sovereignty.md, \"Audience\")")
public record Audience(
        List<Group> groups,

        @Schema(
                description = "Member States none of whose agencies can see the record",
                example = "[\"BF\", \"MR\", \"TD\"]")
        List<String> hiddenFromStates) {

    /**
     * The kinds of group a rule grants. No kind for auditors: they read access logs, never records.
     */
    public enum Kind {
        /** The agency that owns the record. */
        OWNER_AGENCY,
        /** One agency named in {@code sharedWith}, when its State or partner as a whole does not see the record. */
        AGENCY,
        /** Every agency of State {@code code}. */
        STATE_AGENCIES,
        /** The national coordinator of State {@code code} alone (an alert submitted for approval). */
        STATE_COORDINATOR,
        /** The regional unit and its coordinators. */
        REGIONAL,
        /** Partner {@code code}. */
        PARTNER,
        /** Every partner. */
        ALL_PARTNERS
    }

    /** A group of callers: {@code code} is the agency, State or partner, {@code null} where the kind says it all. */
    public record Group(
            @Schema(example = "STATE_AGENCIES") Kind kind,
            @Schema(example = "NE", nullable = true) String code) {}

    public Audience {
        groups = List.copyOf(groups);
        hiddenFromStates = List.copyOf(hiddenFromStates);
    }

    /**
     * The audience of {@code record} as {@code canRead} decides it.
     *
     * @param canRead the service's read check of this record for a caller: exactly what its GET answers 200 to
     */
    public static Audience of(Sovereignty record, Predicate<Caller> canRead) {
        List<Group> groups = new ArrayList<>();
        Set<String> seeing = new TreeSet<>();
        if (canRead.test(representative(record.ownerState(), record.ownerAgency()))) {
            groups.add(new Group(Kind.OWNER_AGENCY, record.ownerAgency()));
            seeing.add(record.ownerState());
        }
        for (String state : Jurisdictions.memberStates()) {
            if (canRead.test(representative(state, anyOtherAgencyOf(state)))) {
                groups.add(new Group(Kind.STATE_AGENCIES, state));
            } else if (canRead.test(representative(state, anyOtherAgencyOf(state), Roles.NATIONAL_COORDINATOR))) {
                groups.add(new Group(Kind.STATE_COORDINATOR, state));
            } else {
                groups.addAll(listedAgenciesSeeing(record, state, canRead));
            }
        }
        String regional = Jurisdictions.REGIONAL_UNIT;
        if (canRead.test(representative(regional, anyOtherAgencyOf(regional), Roles.REGIONAL_COORDINATOR))) {
            groups.add(new Group(Kind.REGIONAL, null));
        } else {
            groups.addAll(listedAgenciesSeeing(record, regional, canRead));
        }
        List<Group> partners = new ArrayList<>();
        Set<String> allPartners = new TreeSet<>(Jurisdictions.PARTNERS);
        for (String partner : allPartners) {
            if (canRead.test(representative(partner, anyOtherAgencyOf(partner), Roles.PARTNER_SYSTEM))) {
                partners.add(new Group(Kind.PARTNER, partner));
            } else {
                partners.addAll(listedAgenciesSeeing(record, partner, canRead));
            }
        }
        boolean everyPartner =
                partners.stream().filter(group -> group.kind() == Kind.PARTNER).count() == allPartners.size();
        groups.addAll(everyPartner ? List.of(new Group(Kind.ALL_PARTNERS, null)) : partners);
        groups.stream()
                .filter(group -> group.kind() != Kind.OWNER_AGENCY && group.code() != null)
                .map(group -> jurisdictionOf(group.code()))
                .forEach(seeing::add);
        return new Audience(
                groups,
                Jurisdictions.memberStates().stream()
                        .filter(state -> !seeing.contains(state))
                        .toList());
    }

    /** The agencies of {@code jurisdiction} that {@code sharedWith} names and that can read the record. */
    private static List<Group> listedAgenciesSeeing(
            Sovereignty record, String jurisdiction, Predicate<Caller> canRead) {
        return record.sharedWith().stream()
                .filter(recipient ->
                        recipient.startsWith(jurisdiction + "-") && !recipient.equals(record.ownerAgency()))
                .filter(agency -> canRead.test(representative(jurisdiction, agency)))
                .map(agency -> new Group(Kind.AGENCY, agency))
                .toList();
    }

    /**
     * An agency code no recipient list can name ({@link SharingTerms#RECIPIENT} has no {@code *}): any agency of
     * {@code jurisdiction} that the record does not single out.
     */
    private static String anyOtherAgencyOf(String jurisdiction) {
        return jurisdiction + "-*";
    }

    private static Caller representative(String state, String agency, String... roles) {
        return new Caller("audience:" + agency, agency, state, agency, Set.of(roles));
    }

    /** {@code NE-OCRTIS} → {@code NE}; {@code NE} → {@code NE}. */
    private static String jurisdictionOf(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }
}
