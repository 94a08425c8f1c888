package org.g5sahel.pcms.commons.sovereignty;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The sovereignty fields every operational record carries (DESIGN §2). Embedded in each entity; the columns are the
 * same in every table so that {@link Visibility} is one predicate for all.
 */
@Embeddable
public class Sovereignty {

    @Column(name = "owner_state", nullable = false, updatable = false)
    private String ownerState;

    @Column(name = "owner_agency", nullable = false, updatable = false)
    private String ownerAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "distribution", nullable = false)
    private Distribution distribution;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "shared_with", nullable = false)
    private List<String> sharedWith = new ArrayList<>();

    /**
     * Agencies granted access by an access request: apart from {@code sharedWith}, which only the owner's sharing
     * decides, so that a grant opens the record to that agency alone and ends without touching the owner's choice.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "granted_to", nullable = false)
    private List<String> grantedTo = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_code", nullable = false)
    private HandlingCode handlingCode = HandlingCode.H0;

    @Column(name = "handling_restriction")
    private String handlingRestriction;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_reliability", nullable = false)
    private SourceReliability sourceReliability = SourceReliability.X;

    @Column(name = "information_accuracy", nullable = false)
    private int informationAccuracy = 4;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Column(name = "discoverable", nullable = false)
    private boolean discoverable = true;

    protected Sovereignty() {}

    /**
     * A new record owned by the caller's agency, with the given terms or, where they are silent, the kind's defaults.
     *
     * @param reviewPeriod how long the kind of record may be kept before the owner re-confirms it (5 years for nominal
     *                     data, 10 for firearms records)
     */
    public static Sovereignty ownedBy(
            Caller caller, SharingTerms terms, Distribution defaultDistribution, Period reviewPeriod, LocalDate today) {
        if (!Jurisdictions.isOwner(caller.state())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "sharing.partners-own-nothing");
        }
        Sovereignty sovereignty = new Sovereignty();
        sovereignty.ownerState = caller.state();
        sovereignty.ownerAgency = caller.agency();
        sovereignty.distribution = defaultDistribution;
        sovereignty.reviewBy = today.plus(reviewPeriod);
        if (terms != null) {
            sovereignty.apply(terms);
        }
        return sovereignty;
    }

    /**
     * The envelope of public reference data (the directory's agencies): owned by a State, visible to every member and
     * partner, never due for review.
     */
    public static Sovereignty publicReference(String ownerState, String ownerAgency) {
        return envelope(ownerState, ownerAgency, Distribution.PARTNERS);
    }

    /**
     * The envelope of a platform notice that is no sovereign record (an officer's access withdrawn): owned by the
     * agency it concerns, for every member State and the regional unit.
     */
    public static Sovereignty platformNotice(String ownerState, String ownerAgency) {
        return envelope(ownerState, ownerAgency, Distribution.G5);
    }

    private static Sovereignty envelope(String ownerState, String ownerAgency, Distribution distribution) {
        Sovereignty sovereignty = new Sovereignty();
        sovereignty.ownerState = ownerState;
        sovereignty.ownerAgency = ownerAgency;
        sovereignty.distribution = distribution;
        return sovereignty;
    }

    /**
     * The envelope of a message meant for one agency alone, such as a warning about its own records: distribution
     * {@code AGENCY}, never delivered beyond that agency (rule 7).
     */
    public static Sovereignty addressedTo(String ownerState, String ownerAgency) {
        return envelope(ownerState, ownerAgency, Distribution.AGENCY);
    }

    /** Rule 1: only the owning agency or the national coordinator of the owning State changes sharing. */
    public void changeSharing(Caller caller, SharingTerms terms) {
        if (!maySharingBeChangedBy(caller)) {
            throw new ProblemException(ProblemType.SHARING_CHANGE_FORBIDDEN);
        }
        apply(terms);
    }

    /**
     * The owner confirms at a review that the record is still needed, until {@code until}: rule 1 decides who may, as
     * for sharing.
     */
    public void reconfirm(Caller caller, LocalDate until) {
        if (!maySharingBeChangedBy(caller)) {
            throw new ProblemException(ProblemType.SHARING_CHANGE_FORBIDDEN);
        }
        reviewBy = Objects.requireNonNull(until);
    }

    public boolean maySharingBeChangedBy(Caller caller) {
        return caller.agency().equals(ownerAgency) || caller.isNationalCoordinatorOf(ownerState);
    }

    public boolean isOwnedBy(Caller caller) {
        return caller.agency().equals(ownerAgency);
    }

    private void apply(SharingTerms terms) {
        List<String> recipients = terms.sharedWith() == null
                ? List.of()
                : terms.sharedWith().stream().distinct().sorted().toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (terms.distribution() == Distribution.SELECTED && recipients.isEmpty()) {
            errors.add(new Problem.FieldError("sharedWith", "sharing.selected-needs-recipients"));
        }
        if (terms.distribution() == Distribution.PARTNERS
                && recipients.stream().anyMatch(recipient -> !Jurisdictions.isPartner(jurisdictionOf(recipient)))) {
            errors.add(new Problem.FieldError("sharedWith", "sharing.partners-only"));
        }
        if (recipients.stream().anyMatch(recipient -> !Jurisdictions.isKnown(jurisdictionOf(recipient)))) {
            errors.add(new Problem.FieldError("sharedWith", "sharing.unknown-recipient"));
        }
        HandlingCode handling = Objects.requireNonNullElse(terms.handlingCode(), handlingCode);
        String restriction = terms.handlingCode() == null ? handlingRestriction : terms.handlingRestriction();
        if (handling == HandlingCode.H3 && (restriction == null || restriction.isBlank())) {
            errors.add(new Problem.FieldError("handlingRestriction", "sharing.h3-needs-restriction"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors, "validation-failed.detail", errors.size());
        }
        distribution = terms.distribution();
        boolean listsRecipients = distribution == Distribution.SELECTED || distribution == Distribution.PARTNERS;
        sharedWith = new ArrayList<>(listsRecipients ? recipients : List.of());
        handlingCode = handling;
        handlingRestriction = handling == HandlingCode.H3 ? restriction : null;
        if (terms.sourceReliability() != null) {
            sourceReliability = terms.sourceReliability();
        }
        if (terms.informationAccuracy() != null) {
            informationAccuracy = terms.informationAccuracy();
        }
        if (terms.reviewBy() != null) {
            reviewBy = terms.reviewBy();
        }
        if (terms.discoverable() != null) {
            discoverable = terms.discoverable();
        }
    }

    /**
     * Access granted by an access request or a joint investigation team: the record opens to that agency alone,
     * whatever its distribution, and the owner's sharing stays as the owner set it.
     */
    public void grantTo(String agencyCode) {
        if (!grantedTo.contains(agencyCode)) {
            List<String> grantees = new ArrayList<>(grantedTo);
            grantees.add(agencyCode);
            grantees.sort(null);
            grantedTo = grantees;
        }
    }

    /** A grant revoked, past its end date, or its team ended. */
    public void withdrawGrant(String agencyCode) {
        if (grantedTo.contains(agencyCode)) {
            grantedTo = grantedTo.stream()
                    .filter(grantee -> !grantee.equals(agencyCode))
                    .toList();
        }
    }

    /** {@code NE-OCRTIS} → {@code NE}; {@code ML} → {@code ML}. */
    public static String jurisdictionOf(String recipient) {
        int dash = recipient.indexOf('-');
        return dash < 0 ? recipient : recipient.substring(0, dash);
    }

    public String ownerState() {
        return ownerState;
    }

    public String ownerAgency() {
        return ownerAgency;
    }

    public Distribution distribution() {
        return distribution;
    }

    public List<String> sharedWith() {
        return List.copyOf(sharedWith);
    }

    public List<String> grantedTo() {
        return List.copyOf(grantedTo);
    }

    public HandlingCode handlingCode() {
        return handlingCode;
    }

    public String handlingRestriction() {
        return handlingRestriction;
    }

    public SourceReliability sourceReliability() {
        return sourceReliability;
    }

    public int informationAccuracy() {
        return informationAccuracy;
    }

    public LocalDate reviewBy() {
        return reviewBy;
    }

    public boolean discoverable() {
        return discoverable;
    }
}
