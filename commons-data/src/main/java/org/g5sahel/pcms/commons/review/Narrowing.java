package org.g5sahel.pcms.commons.review;

import java.util.List;
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Whether new sharing terms only narrow a record's sharing: everyone the new terms name was already reached by the
 * current ones (AGENCY ⊂ NATIONAL ⊂ SELECTED ⊂ G5 ⊂ PARTNERS, and recipients only removed). A review narrows or
 * re-confirms; widening goes through the record's own sharing change, where its owner sees the preview of who will
 * see it.
 */
final class Narrowing {

    private Narrowing() {}

    static boolean narrows(Sovereignty current, Distribution distribution, List<String> recipients) {
        return switch (distribution) {
            case AGENCY -> true;
            case NATIONAL -> reaches(current, current.ownerState());
            case SELECTED ->
                reaches(current, current.ownerState())
                        && recipients.stream().allMatch(recipient -> reaches(current, recipient));
            case G5 -> current.distribution() == Distribution.G5 || current.distribution() == Distribution.PARTNERS;
            case PARTNERS ->
                current.distribution() == Distribution.PARTNERS
                        && (current.sharedWith().isEmpty()
                                || !recipients.isEmpty()
                                        && recipients.stream().allMatch(recipient -> listed(current, recipient)));
        };
    }

    /** Whether the current terms reach every agency of {@code recipient}: a State, a partner, or one agency. */
    private static boolean reaches(Sovereignty current, String recipient) {
        String jurisdiction = Sovereignty.jurisdictionOf(recipient);
        return switch (current.distribution()) {
            case AGENCY -> recipient.equals(current.ownerAgency());
            case NATIONAL -> jurisdiction.equals(current.ownerState());
            case SELECTED -> jurisdiction.equals(current.ownerState()) || listed(current, recipient);
            case G5 -> Jurisdictions.isOwner(jurisdiction);
            case PARTNERS ->
                Jurisdictions.isOwner(jurisdiction)
                        || Jurisdictions.isPartner(jurisdiction)
                                && (current.sharedWith().isEmpty() || listed(current, recipient));
        };
    }

    /** Named in {@code sharedWith}, itself or through its State or partner. */
    private static boolean listed(Sovereignty current, String recipient) {
        return current.sharedWith().contains(recipient)
                || current.sharedWith().contains(Sovereignty.jurisdictionOf(recipient));
    }
}
