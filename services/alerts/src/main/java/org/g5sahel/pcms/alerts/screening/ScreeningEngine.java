package org.g5sahel.pcms.alerts.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.g5sahel.pcms.alerts.config.AlertsConfig;
import org.g5sahel.pcms.alerts.model.WatchlistEntry;
import org.g5sahel.pcms.alerts.screening.ScreeningRequests.Traveller;
import org.g5sahel.pcms.alerts.service.ScreeningResult.Feature;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.matching.Agreement;
import org.g5sahel.pcms.matching.BirthDate;
import org.g5sahel.pcms.matching.CandidateIndex;
import org.g5sahel.pcms.matching.Comparison;
import org.g5sahel.pcms.matching.Decision;
import org.g5sahel.pcms.matching.Explanations;
import org.g5sahel.pcms.matching.NameMatching;
import org.g5sahel.pcms.matching.Policy;
import org.g5sahel.pcms.matching.Subject;

/**
 * How screening reads, scores and decides: the shared matching engine ({@code pcms-matching}) under the policy of
 * {@code pcms.alerts.screening.*}, the subjects it compares (a traveller, a company named on a manifest, a watch-list
 * entry) and the features a hit is explained by. The same code scores the index's proposals and the entries read back
 * from the database, so that the index can only propose, never decide.
 */
@ApplicationScoped
public class ScreeningEngine {

    /** Prefix of a travel document's number in {@link WatchlistEntry#identifiers}. */
    private static final String DOCUMENT = "DOC:";

    private final NameMatching matching;

    @Inject
    public ScreeningEngine(AlertsConfig config) {
        this(policy(config.screening()));
    }

    ScreeningEngine(Policy policy) {
        this.matching = NameMatching.builder().policy(policy).build();
    }

    /** The thresholds of the configuration, {@link Policy#STANDARD}'s where one is not set. */
    static Policy policy(AlertsConfig.Screening screening) {
        Policy standard = Policy.STANDARD;
        return new Policy(
                screening.nameAlone().orElse(standard.nameAlone()),
                screening.withBirthDate().orElse(standard.withBirthDate()),
                screening.withYearOfBirth().orElse(standard.withYearOfBirth()),
                screening.despiteBirthDate().orElse(standard.despiteBirthDate()));
    }

    public Policy policy() {
        return matching.policy();
    }

    /** A new, empty index read and keyed by this engine. */
    public CandidateIndex newIndex() {
        return matching.newIndex();
    }

    /** A comparison and its decision. */
    public record Verdict(Comparison comparison, Decision decision) {

        /**
         * A signal strong enough to reveal an entry the screener may not see (rule 3): a document in common, or the
         * name with the same date of birth.
         */
        public boolean strong() {
            return decision.hit()
                    && (decision.reason() == Decision.Reason.DOCUMENT
                            || decision.reason() == Decision.Reason.NAME_AND_BIRTH_DATE);
        }

        /** The score reported: the name score, 1 on a document in common. */
        public double score() {
            return decision.reason() == Decision.Reason.DOCUMENT ? 1.0 : comparison.nameScore();
        }
    }

    /** A query compared with an entry as read from the database, and decided. */
    public Verdict judge(Subject query, WatchlistEntry entry) {
        Comparison comparison = matching.compare(query, listed(entry));
        return new Verdict(comparison, matching.decide(comparison));
    }

    /** A traveller as the engine compares them: their name, date or year of birth, nationality, documents. */
    public static Subject traveller(Traveller traveller) {
        BirthDate birth = traveller.dateOfBirth() != null
                ? BirthDate.of(traveller.dateOfBirth())
                : traveller.yearOfBirth() != null ? new BirthDate(traveller.yearOfBirth(), null, null) : null;
        List<String> documents = traveller.documentNumbers() == null
                ? List.of()
                : traveller.documentNumbers().stream()
                        .map(IdentifierKeys::alphanumeric)
                        .toList();
        return new Subject(
                List.of(traveller.name()),
                birth,
                traveller.nationality() == null ? Set.of() : Set.of(traveller.nationality()),
                Set.copyOf(documents),
                false);
    }

    /** A shipper or consignee, read as an organisation. */
    public static Subject company(String name) {
        return Subject.organisation(name);
    }

    /** A watch-list entry as the engine compares it. */
    public static Subject listed(WatchlistEntry entry) {
        return listed(
                entry.kind, entry.nameKeys, entry.birthDate, entry.birthYear, entry.nationality, entry.identifiers);
    }

    /**
     * A watch-list entry from its columns: every name it keeps ({@code name_keys}: Latin and original script, company
     * name, aliases), its date or year of birth, nationality and travel documents; a company read as an organisation.
     */
    static Subject listed(
            WatchlistEntry.Kind kind,
            Collection<String> names,
            LocalDate birthDate,
            Integer birthYear,
            String nationality,
            Collection<String> identifiers) {
        BirthDate birth = birthDate != null
                ? BirthDate.of(birthDate)
                : birthYear != null ? new BirthDate(birthYear, null, null) : null;
        List<String> documents = new ArrayList<>();
        for (String identifier : identifiers) {
            if (identifier.startsWith(DOCUMENT)) {
                documents.add(identifier.substring(DOCUMENT.length()));
            }
        }
        return new Subject(
                List.copyOf(names),
                birth,
                nationality == null ? Set.of() : Set.of(nationality),
                Set.copyOf(documents),
                kind == WatchlistEntry.Kind.COMPANY);
    }

    /**
     * Why a traveller is a hit on a visible entry: the documents in common, the name (the engine's sentences in the
     * officer's language), the date of birth and the nationality.
     */
    public List<Feature> travellerFeatures(Traveller traveller, WatchlistEntry entry, Verdict verdict, Locale locale) {
        List<Feature> features = new ArrayList<>();
        if (traveller.documentNumbers() != null) {
            for (String number : traveller.documentNumbers()) {
                String document = IdentifierKeys.alphanumeric(number);
                if (entry.identifiers.contains(DOCUMENT + document)) {
                    features.add(new Feature("document", 1.0, "document " + document + " is on the list", List.of()));
                }
            }
        }
        if (!entry.nameKeys.isEmpty()) {
            features.add(nameFeature("name", verdict, locale));
        }
        Agreement birth = verdict.comparison().signals().birthDate();
        if (birth != Agreement.UNKNOWN) {
            boolean fullDates = traveller.dateOfBirth() != null && entry.birthDate != null;
            String feature = fullDates ? "dateOfBirth" : "yearOfBirth";
            features.add(
                    switch (birth) {
                        case MATCH -> new Feature(feature, 1.0, "same date", List.of());
                        case PARTIAL -> new Feature(feature, 1.0, "same year", List.of());
                        default -> new Feature(feature, 0, fullDates ? "different date" : "different year", List.of());
                    });
        }
        if (entry.nationality != null && traveller.nationality() != null) {
            boolean same = entry.nationality.equals(traveller.nationality());
            features.add(new Feature(
                    "nationality",
                    same ? 1.0 : 0,
                    same ? "same" : "different (not penalised: dual nationals)",
                    List.of()));
        }
        return features;
    }

    /**
     * The name feature of a hit: the name score, the two names compared and what decided ({@code detail}), and the
     * engine's sentences, one per word, signal and decision ({@code because}).
     */
    public Feature nameFeature(String feature, Verdict verdict, Locale locale) {
        Comparison comparison = verdict.comparison();
        Decision decision = verdict.decision();
        String detail = comparison.queryName() == null
                ? "no name in common"
                : comparison.queryName() + " ~ " + comparison.listedName() + " ("
                        + decision.reason().name()
                        + (decision.threshold() > 0 ? ", threshold " + decision.threshold() : "") + ")";
        return new Feature(
                feature, round(comparison.nameScore()), detail, Explanations.render(comparison, decision, locale));
    }

    public static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
