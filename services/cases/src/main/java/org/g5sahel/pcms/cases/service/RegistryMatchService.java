package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.g5sahel.pcms.cases.correlation.MatchExplanations;
import org.g5sahel.pcms.cases.model.RegistryIdentifier;
import org.g5sahel.pcms.cases.model.RegistryMatch;
import org.g5sahel.pcms.cases.model.RegistryRecord;
import org.g5sahel.pcms.cases.model.Subject;
import org.g5sahel.pcms.cases.repository.RegistryIdentifierRepository;
import org.g5sahel.pcms.cases.repository.RegistryMatchRepository;
import org.g5sahel.pcms.cases.repository.RegistryRecordRepository;
import org.g5sahel.pcms.cases.repository.SubjectRepository;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.persistence.Keyset;

/**
 * Cross-registry matches as each side's owner sees them: the caller's agency's (its State's, for its national
 * coordinator), each with the caller's own record and, of the other, only what the match revealed to its owner.
 */
@ApplicationScoped
public class RegistryMatchService {

    private final RegistryMatchRepository matches;
    private final RegistryRecordRepository records;
    private final RegistryIdentifierRepository identifiers;
    private final SubjectRepository subjects;

    public RegistryMatchService(
            RegistryMatchRepository matches,
            RegistryRecordRepository records,
            RegistryIdentifierRepository identifiers,
            SubjectRepository subjects) {
        this.matches = matches;
        this.records = records;
        this.identifiers = identifiers;
        this.subjects = subjects;
    }

    /**
     * One match as one side sees it.
     *
     * @param items       the caller's own items behind the match, for its owning agency only (a national coordinator
     *                    of another agency learns which kinds matched, not which item or value)
     * @param explanation {@link MatchExplanations}, in the caller's language
     */
    public record Side(
            RegistryMatch match, RegistryRecord own, RegistryRecord other, List<OwnItem> items, String explanation) {}

    /** An item of the caller's own record: a case's subject is named, any other item only by its kind. */
    public record OwnItem(RegistryIdentifier identifier, String displayName) {}

    @Transactional
    public List<Side> involving(Caller caller, Keyset after, int fetch, Locale locale) {
        boolean wholeState = caller.hasRole(Roles.NATIONAL_COORDINATOR);
        return matches.involving(caller, wholeState, after, fetch).stream()
                .map(match -> {
                    RegistryRecord a = records.findById(match.sideA());
                    RegistryRecord b = records.findById(match.sideB());
                    boolean ownsA =
                            wholeState ? a.ownerState.equals(caller.state()) : a.ownerAgency.equals(caller.agency());
                    RegistryRecord own = ownsA ? a : b;
                    RegistryRecord other = ownsA ? b : a;
                    boolean owningAgency = own.ownerAgency.equals(caller.agency());
                    List<RegistryIdentifier> ownIdentifiers = identifiers.of(own.key(), match.keyedHashes);
                    List<OwnItem> items = owningAgency
                            ? ownIdentifiers.stream()
                                    .map(identifier -> new OwnItem(identifier, displayName(identifier)))
                                    .toList()
                            : List.of();
                    return new Side(
                            match,
                            own,
                            other,
                            items,
                            MatchExplanations.explain(locale, own, other, ownIdentifiers, owningAgency));
                })
                .toList();
    }

    /** The name of a case's subject, which its own agency reads anyway; nothing for another service's item. */
    private String displayName(RegistryIdentifier identifier) {
        if (!"cases".equals(identifier.service) || !CaseIdentifiers.SUBJECT.equals(identifier.itemType)) {
            return null;
        }
        return subjects.findByIdOptional(identifier.itemId)
                .map((Subject subject) -> subject.displayName)
                .orElse(null);
    }
}
