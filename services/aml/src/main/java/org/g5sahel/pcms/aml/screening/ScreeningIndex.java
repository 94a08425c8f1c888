package org.g5sahel.pcms.aml.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.g5sahel.pcms.matching.Agreement;
import org.g5sahel.pcms.matching.BirthDate;
import org.g5sahel.pcms.matching.CandidateIndex;
import org.g5sahel.pcms.matching.Comparison;
import org.g5sahel.pcms.matching.Decision;
import org.g5sahel.pcms.matching.Explanations;
import org.g5sahel.pcms.matching.NameMatching;
import org.g5sahel.pcms.matching.Policy;
import org.g5sahel.pcms.matching.Rule;
import org.g5sahel.pcms.matching.Subject;
import org.g5sahel.pcms.matching.TokenMatch;

/**
 * The active entries of the sanctions lists in the matching engine's {@link CandidateIndex}, and their screening.
 * Immutable: a new index is built after each import.
 * <p>
 * Each entry is added as a {@link Subject} (every name of the entry, whatever its script; nationalities; document
 * numbers; individuals as persons, entities as organisations) once per date of birth the list gives: the engine
 * compares one date, the lists give several. A year is a year-only date; an approximate year ({@code APPROXIMATELY})
 * is each year from two before to two after it, and a range ({@code BETWEEN}) each year of it up to
 * {@value #LONGEST_RANGE} years — the same year then counts as the engine's partial agreement — a longer range is no
 * date at all. A screening keeps, per entry, the copy whose date agrees best.
 * <p>
 * Each screening decides under its own policy (the request may set the name-alone threshold).
 */
public final class ScreeningIndex {

    /** Lists date people they do not know well "about 1958": a couple of years either way. */
    static final int APPROXIMATE_YEARS = 2;
    /** Longer ranges of years of birth say too little to lower the name score needed. */
    static final int LONGEST_RANGE = 10;

    private final List<IndexedEntry> entries;
    /** What was added to the engine's index, in order: its id there is the position in this list. */
    private final List<Listing> listings = new ArrayList<>();

    private final CandidateIndex index;

    /** One copy of an entry in the engine's index, with the list's date of birth it was given (null: none). */
    private record Listing(int entry, EntryContent.BirthDate listedBirth) {}

    public ScreeningIndex(NameMatching engine, List<IndexedEntry> entries) {
        this.entries = List.copyOf(entries);
        this.index = engine.newIndex();
        for (int i = 0; i < this.entries.size(); i++) {
            IndexedEntry entry = this.entries.get(i);
            List<String> names =
                    entry.names().stream().map(EntryContent.Name::value).toList();
            Boolean organisation = entry.kind() == EntryKind.ENTITY;
            boolean dated = false;
            for (EntryContent.BirthDate listed : entry.birthDates()) {
                for (BirthDate birth : birthDates(listed)) {
                    add(i, listed, new Subject(names, birth, entry.nationalities(), entry.documents(), organisation));
                    dated = true;
                }
            }
            if (!dated) {
                add(i, null, new Subject(names, null, entry.nationalities(), entry.documents(), organisation));
            }
        }
    }

    private void add(int entry, EntryContent.BirthDate listedBirth, Subject subject) {
        index.add(Integer.toString(listings.size()), subject);
        listings.add(new Listing(entry, listedBirth));
    }

    /** The dates the engine can compare for one date of birth of a list. */
    static List<BirthDate> birthDates(EntryContent.BirthDate listed) {
        Integer year = listed.year();
        if (listed.date() != null) {
            BirthDate date = BirthDate.parse(listed.date());
            if (date != null && !"APPROXIMATELY".equals(listed.type())) {
                return List.of(date);
            }
            year = date == null ? year : Integer.valueOf(date.year());
        }
        if ("APPROXIMATELY".equals(listed.type()) && year != null) {
            return years(year - APPROXIMATE_YEARS, year + APPROXIMATE_YEARS);
        }
        if (listed.fromYear() != null && listed.toYear() != null) {
            return listed.toYear() - listed.fromYear() < LONGEST_RANGE
                    ? years(listed.fromYear(), listed.toYear())
                    : List.of();
        }
        return year == null ? List.of() : List.of(new BirthDate(year, null, null));
    }

    private static List<BirthDate> years(int from, int to) {
        List<BirthDate> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            years.add(new BirthDate(year, null, null));
        }
        return years;
    }

    public int size() {
        return entries.size();
    }

    /**
     * The entries the engine decides are hits under {@code policy}, best name score first, at most {@code limit},
     * explained in {@code locale}.
     */
    public List<Candidate> screen(ScreeningQuery query, Policy policy, int limit, Locale locale) {
        return found(query, policy, limit).stream()
                .map(found -> candidate(found, locale))
                .toList();
    }

    /** A candidate, and the engine's sentences of it by language ({@code fr}, {@code en}, {@code ar}). */
    public record Explained(Candidate candidate, Map<String, List<String>> sentences) {}

    /**
     * {@link #screen}, each candidate's sentences also written in each of {@code languages}: one screening for a hit
     * that is stored and read later by officers of any of them.
     */
    public List<Explained> screen(
            ScreeningQuery query, Policy policy, int limit, Locale locale, List<Locale> languages) {
        return found(query, policy, limit).stream()
                .map(found -> {
                    Map<String, List<String>> sentences = new HashMap<>();
                    for (Locale language : languages) {
                        sentences.put(
                                language.getLanguage(),
                                Explanations.render(found.comparison(), found.decision(), language));
                    }
                    return new Explained(candidate(found, locale), sentences);
                })
                .toList();
    }

    /** The entries found hits, best name score first, at most {@code limit}: per entry, its best copy. */
    private List<Found> found(ScreeningQuery query, Policy policy, int limit) {
        Set<String> nationalities =
                Countries.code(query.nationality()).map(Set::of).orElse(Set.of());
        String document = IndexedEntry.normaliseDocument(query.document());
        Subject subject = new Subject(
                List.of(query.name()),
                BirthDate.parse(query.birthDate()),
                nationalities,
                document.length() >= IndexedEntry.SHORTEST_DOCUMENT ? Set.of(document) : Set.of(),
                null);
        Map<Integer, Found> best = new HashMap<>();
        for (CandidateIndex.Match match : index.screen(subject, policy, Integer.MAX_VALUE)) {
            Decision decision = match.decision();
            Listing listing = listings.get(Integer.parseInt(match.id()));
            Found found = new Found(listing, match.comparison(), decision);
            best.merge(listing.entry(), found, (a, b) -> Found.BETTER.compare(a, b) <= 0 ? a : b);
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble((Found f) -> f.comparison().nameScore())
                        .reversed()
                        .thenComparing(f -> entries.get(f.listing().entry()).referenceNumber()))
                .limit(limit)
                .toList();
    }

    /** A copy of an entry found a hit; of two copies, the one needing the lower name score (its date agrees best). */
    private record Found(Listing listing, Comparison comparison, Decision decision) {
        static final Comparator<Found> BETTER = Comparator.comparingDouble(
                        (Found f) -> f.decision().threshold())
                .thenComparing(
                        Comparator.comparingDouble((Found f) -> f.comparison().nameScore())
                                .reversed());
    }

    private Candidate candidate(Found found, Locale locale) {
        IndexedEntry entry = entries.get(found.listing().entry());
        Comparison comparison = found.comparison();
        Explanation explanation = new Explanation(
                comparison.nameScore(),
                comparison.listedName(),
                comparison.listedName() == null
                        ? null
                        : entry.quality(comparison.listedName()).orElse(null),
                comparison.tokens().stream()
                        .map(t -> new Explanation.TokenMatch(
                                t.query(), t.listed(), t.similarity(), t.rule().name()))
                        .toList(),
                features(entry, found),
                found.decision().reason().name(),
                found.decision().threshold());
        return new Candidate(
                entry.id(),
                entry.list().code(),
                entry.list().name(),
                entry.referenceNumber(),
                entry.programme(),
                entry.kind(),
                entry.primaryName(),
                comparison.nameScore(),
                explanation,
                Explanations.render(comparison, found.decision(), locale));
    }

    private static List<Explanation.Feature> features(IndexedEntry entry, Found found) {
        Comparison comparison = found.comparison();
        double score = comparison.nameScore();
        List<Explanation.Feature> features = new ArrayList<>();
        features.add(new Explanation.Feature(
                "NAME_SIMILARITY",
                score >= 0.9 ? "STRONG" : score >= 0.75 ? "PARTIAL" : "WEAK",
                comparison.listedName()));
        long transliterated = count(comparison, Rule.TRANSLITERATION);
        long bySound = count(comparison, Rule.TABLE)
                + count(comparison, Rule.SOUND)
                + count(comparison, Rule.SKELETON)
                + count(comparison, Rule.DOUBLE_METAPHONE);
        if (transliterated + bySound > 0) {
            features.add(new Explanation.Feature(
                    "TRANSLITERATION",
                    transliterated > 0 ? "ARABIC_SCRIPT" : "PHONETIC",
                    (transliterated + bySound) + " word(s) matched by sound, not spelling"));
        }
        List<TokenMatch> particles = comparison.tokens().stream()
                .filter(t -> t.rule() == Rule.PARTICLE)
                .toList();
        if (!particles.isEmpty()) {
            boolean equated = particles.stream().anyMatch(t -> t.query() != null && t.listed() != null);
            features.add(new Explanation.Feature(
                    "PARTICLES",
                    equated ? "EQUIVALENT" : "IGNORED",
                    particles.size() + " kinship particle(s) or article(s), weighing almost nothing"));
        }
        features.add(new Explanation.Feature("NAME_ORDER", comparison.reordered() ? "DIFFERENT" : "SAME", null));
        String quality = comparison.listedName() == null
                ? null
                : entry.quality(comparison.listedName()).orElse(null);
        features.add(new Explanation.Feature(
                "ALIAS_QUALITY", quality, "LOW".equals(quality) ? "weak alias of the list" : null));
        features.add(new Explanation.Feature(
                "DATE_OF_BIRTH",
                birthOutcome(comparison.signals().birthDate(), found.listing().listedBirth()),
                entry.birthDates().isEmpty()
                        ? null
                        : "listed: "
                                + entry.birthDates().stream()
                                        .map(ScreeningIndex::describe)
                                        .toList()));
        Agreement nationality = comparison.signals().nationality();
        features.add(new Explanation.Feature(
                "NATIONALITY",
                nationality.name(),
                nationality == Agreement.CONFLICT
                        ? "listed: " + entry.nationalities().stream().sorted().toList()
                        : null));
        Agreement document = comparison.signals().document();
        features.add(new Explanation.Feature(
                "DOCUMENT", document == Agreement.CONFLICT ? "NO_MATCH" : document.name(), null));
        return features;
    }

    private static long count(Comparison comparison, Rule rule) {
        return comparison.tokens().stream().filter(t -> t.rule() == rule).count();
    }

    /** MATCH, YEAR_MATCH, IN_RANGE, APPROXIMATE, CONFLICT or UNKNOWN: the engine's agreement, with the list's kind. */
    private static String birthOutcome(Agreement agreement, EntryContent.BirthDate listed) {
        if (agreement != Agreement.PARTIAL || listed == null) {
            return agreement.name();
        }
        if ("APPROXIMATELY".equals(listed.type())) {
            return "APPROXIMATE";
        }
        return listed.fromYear() != null ? "IN_RANGE" : "YEAR_MATCH";
    }

    private static String describe(EntryContent.BirthDate birth) {
        if (birth.date() != null) {
            return birth.date();
        }
        if (birth.fromYear() != null) {
            return birth.fromYear() + "-" + birth.toYear();
        }
        return ("APPROXIMATELY".equals(birth.type()) ? "~" : "") + birth.year();
    }
}
