package org.g5sahel.pcms.cases.correlation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.g5sahel.pcms.cases.model.RegistryIdentifier;
import org.g5sahel.pcms.cases.model.RegistryRecord;
import org.g5sahel.pcms.commons.problem.ProblemMessages;

/**
 * A cross-registry match explained to one side's owner, in its language: « passeport NE… de votre dossier
 * NE-CASE-2026-000012 et une entrée de liste de surveillance du Mali (ML-POLICE, ML-WL-2026-000003) ». It names the
 * reader's own items (their kind and, for the owning agency, the first characters of its own value) and of the other
 * record only its kind, State, agency and reference.
 */
public final class MatchExplanations {

    private MatchExplanations() {}

    /**
     * @param ownItems  the reader's own identifiers behind the match
     * @param withHints whether the reader is the owning agency, to whom the hints of its own values may be shown
     */
    public static String explain(
            Locale locale,
            RegistryRecord own,
            RegistryRecord other,
            List<RegistryIdentifier> ownItems,
            boolean withHints) {
        Set<String> identifiers = new LinkedHashSet<>();
        for (RegistryIdentifier item : ownItems) {
            String label = ProblemMessages.message("registry-match.identifier." + item.label, locale);
            identifiers.add(withHints && item.hint != null ? label + " " + item.hint : label);
        }
        return ProblemMessages.message(
                "registry-match.explanation",
                locale,
                String.join(", ", identifiers),
                ProblemMessages.message("registry-match.record." + own.recordType, locale),
                own.reference,
                ProblemMessages.message("registry-match.other-record." + other.recordType, locale),
                ProblemMessages.message("registry-match.state." + other.ownerState, locale),
                other.ownerAgency,
                other.reference);
    }
}
