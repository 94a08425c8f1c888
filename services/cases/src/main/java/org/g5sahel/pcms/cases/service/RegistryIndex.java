package org.g5sahel.pcms.cases.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.g5sahel.pcms.cases.correlation.MatchExplanations;
import org.g5sahel.pcms.cases.model.RegistryIdentifier;
import org.g5sahel.pcms.cases.model.RegistryRecord;
import org.g5sahel.pcms.cases.repository.RegistryIdentifierRepository;
import org.g5sahel.pcms.cases.repository.RegistryMatchRepository;
import org.g5sahel.pcms.cases.repository.RegistryRecordRepository;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.commons.correlation.IdentifierKind;
import org.g5sahel.pcms.commons.correlation.PublishedIdentifiers;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.ProblemMessages;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * The platform's one correlation index across registries (DESIGN §2 rule 3). Every holder publishes its records' strong
 * identifiers as keyed hashes; a record of one State that shares one with a discoverable record of another State —
 * a case's subject and a watch-list entry, a watch-list entry and a financial intelligence report's subject, a firearm
 * record and a firearm in a case — is a match, recorded once per pair of records whatever the number of identifiers
 * and deliveries. Both owning agencies are told, each in an event addressed to it alone: which of its own items
 * matched, and of the other record its kind, reference, State and agency, nothing more. Each side then decides what to
 * share, through an access request to the other's holder.
 * <p>
 * A person's names with a full date of birth ({@link IdentifierKind#NAME_AND_BIRTH_DATE}, one hash per blocking key
 * of each word) are weaker: they count only when keys of at least two different words of one name of each record meet
 * with the same date — a common first name and a birthday are not enough — and such a match is explained as a
 * possible match (« nom et date de naissance concordants — correspondance possible »), for the owners to check.
 * <p>
 * Pairs within one of the {@link #SELF_MATCHED} services are that service's own business (the cases service's
 * case-to-case correlation, the firearms registry's recovered hits and diversions) and are not matched again here.
 */
@ApplicationScoped
public class RegistryIndex {

    static final String ENTITY = "registry-match";
    /** Services that match their own records of two States themselves. */
    static final Set<String> SELF_MATCHED = Set.of("cases", "firearms");

    private final RegistryRecordRepository records;
    private final RegistryIdentifierRepository identifiers;
    private final RegistryMatchRepository matches;
    private final Outbox outbox;
    private final Clock clock;

    public RegistryIndex(
            RegistryRecordRepository records,
            RegistryIdentifierRepository identifiers,
            RegistryMatchRepository matches,
            Outbox outbox,
            Clock clock) {
        this.records = records;
        this.identifiers = identifiers;
        this.matches = matches;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Applies what a holder published about one of its records: stores its identifiers (unless the holder published
     * something newer already) and, if the record is discoverable and in correlation, matches them.
     *
     * @param service     the holding service
     * @param publishedAt when the holder published it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(
            String service,
            String ownerState,
            String ownerAgency,
            PublishedIdentifiers published,
            Instant publishedAt) {
        RegistryRecord.Key key = new RegistryRecord.Key(service, published.recordId());
        if (published.identifiers().isEmpty()
                && records.count("service = ?1 and recordId = ?2", service, published.recordId()) == 0) {
            return;
        }
        if (!records.store(service, ownerState, ownerAgency, published, publishedAt)) {
            Log.debugf(
                    "Identifiers of %s %s published at %s are older than those indexed: ignored",
                    service, published.recordId(), publishedAt);
            return;
        }
        identifiers.replace(service, published.recordId(), published.identifiers());
        if (published.withdrawn()
                || !published.discoverable()
                || published.identifiers().isEmpty()) {
            return;
        }
        Map<String, IdentifierKind> kinds = new LinkedHashMap<>();
        Map<String, Set<Integer>> ownWords = new HashMap<>();
        published.identifiers().forEach(identifier -> {
            kinds.put(identifier.keyedHash(), identifier.kind());
            if (identifier.word() != null) {
                ownWords.computeIfAbsent(identifier.keyedHash(), hash -> new HashSet<>())
                        .add(identifier.word());
            }
        });
        identifiers.lock(kinds.keySet());
        Map<RegistryRecord.Key, List<RegistryIdentifier>> shared = new LinkedHashMap<>();
        for (RegistryIdentifier candidate : identifiers.candidates(kinds.keySet(), service, ownerState, SELF_MATCHED)) {
            if (kinds.get(candidate.keyedHash) == candidate.kind) {
                shared.computeIfAbsent(
                                new RegistryRecord.Key(candidate.service, candidate.recordId),
                                other -> new ArrayList<>())
                        .add(candidate);
            }
        }
        if (shared.isEmpty()) {
            return;
        }
        RegistryRecord own = records.findById(key);
        Instant now = clock.instant();
        shared.forEach((otherKey, found) -> {
            List<RegistryIdentifier> common = countable(found, ownWords);
            if (common.isEmpty()) {
                return;
            }
            Set<String> commonKinds = new TreeSet<>();
            Set<String> commonHashes = new TreeSet<>();
            common.forEach(identifier -> {
                commonKinds.add(identifier.kind.name());
                commonHashes.add(identifier.keyedHash);
            });
            RegistryMatchRepository.Recorded recorded = matches.record(key, otherKey, commonKinds, commonHashes, now);
            if (recorded.isNew()) {
                RegistryRecord other = records.findById(otherKey);
                notifyOwner(recorded, own, other, commonKinds, commonHashes);
                notifyOwner(recorded, other, own, commonKinds, commonHashes);
            }
        });
    }

    /**
     * The identifiers two records share that make a match: every strong identifier, and the keys of names with date
     * of birth only if they cover two different words of one name on each side.
     *
     * @param common   the other record's identifiers that the published record holds too
     * @param ownWords the published record's words of each name key
     */
    static List<RegistryIdentifier> countable(List<RegistryIdentifier> common, Map<String, Set<Integer>> ownWords) {
        List<RegistryIdentifier> names = common.stream()
                .filter(identifier -> identifier.kind == IdentifierKind.NAME_AND_BIRTH_DATE)
                .toList();
        if (names.isEmpty()) {
            return common;
        }
        Set<Integer> own = names.stream()
                .flatMap(identifier -> ownWords.getOrDefault(identifier.keyedHash, Set.of()).stream())
                .collect(Collectors.toSet());
        Set<Integer> other = names.stream().map(identifier -> identifier.word).collect(Collectors.toSet());
        if (twoWordsOfOneName(own) && twoWordsOfOneName(other)) {
            return common;
        }
        return common.stream()
                .filter(identifier -> identifier.kind != IdentifierKind.NAME_AND_BIRTH_DATE)
                .toList();
    }

    /** Whether two different words of one of the names are among these ({@link IdentifierKeys#WORDS_PER_NAME}). */
    static boolean twoWordsOfOneName(Collection<Integer> words) {
        return words.stream()
                .filter(word -> word != null)
                .collect(Collectors.groupingBy(word -> word / IdentifierKeys.WORDS_PER_NAME, Collectors.toSet()))
                .values()
                .stream()
                .anyMatch(ofOneName -> ofOneName.size() >= 2);
    }

    /**
     * Tells one side's owning agency, in an event addressed to it alone (rule 7): which of its items matched and, of
     * the other record, what {@link MatchExplanations} says. Alerts turns it into an inbox item.
     */
    private void notifyOwner(
            RegistryMatchRepository.Recorded match,
            RegistryRecord own,
            RegistryRecord other,
            Set<String> kinds,
            Set<String> keyedHashes) {
        List<RegistryIdentifier> ownItems = identifiers.of(own.key(), keyedHashes);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("matchId", match.id());
        data.put("identifierKinds", List.copyOf(kinds));
        data.put("possibleMatch", kinds.equals(Set.of(IdentifierKind.NAME_AND_BIRTH_DATE.name())));
        data.put("explanation", MatchExplanations.explain(ProblemMessages.FRENCH, own, other, ownItems, true));
        data.put("service", own.service);
        data.put("recordType", own.recordType);
        data.put("recordId", own.recordId);
        data.put("reference", own.reference);
        data.put("otherState", other.ownerState);
        data.put("otherAgency", other.ownerAgency);
        data.put("otherService", other.service);
        data.put("otherRecordType", other.recordType);
        data.put("otherReference", other.reference);
        outbox.publish(ENTITY, "found", match.id(), Sovereignty.addressedTo(own.ownerState, own.ownerAgency), data);
    }
}
