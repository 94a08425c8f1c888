package org.g5sahel.pcms.aml.screening;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.g5sahel.pcms.aml.model.EntryContent;

/**
 * The active entries of the sanctions lists, tokenised, and the scoring of a query against them. Immutable: a new
 * index is built after each import. Every entry is scored (a few thousand names, a millisecond per query), so no
 * candidate is lost to a blocking key that a spelling variant would miss.
 */
public final class ScreeningIndex {

    /** A weak alias (the list's "Low" quality) alone justifies less confidence. */
    static final double LOW_QUALITY_PENALTY = 0.05;
    static final double BIRTH_DATE_MATCH = 0.08;
    static final double BIRTH_YEAR_MATCH = 0.05;
    static final double BIRTH_RANGE_MATCH = 0.03;
    static final double BIRTH_DATE_CONFLICT = -0.15;
    static final double NATIONALITY_MATCH = 0.03;
    static final double NATIONALITY_CONFLICT = -0.05;
    static final double DOCUMENT_MATCH = 0.25;
    /** Approximate years of birth in the lists are taken to within this many years. */
    static final int APPROXIMATE_YEARS = 2;

    private final List<IndexedEntry> entries;
    /** Entries by the blocking keys of their names' tokens: only entries sharing a key with the query are scored. */
    private final Map<String, Set<Integer>> byBlock = new HashMap<>();
    private final Map<String, Set<Integer>> byDocument = new HashMap<>();
    /** The blocking keys of each name of each entry, to skip names that share none with the query. */
    private final Map<IndexedEntry.IndexedName, Set<String>> nameBlocks = new java.util.IdentityHashMap<>();

    public ScreeningIndex(List<IndexedEntry> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            IndexedEntry entry = this.entries.get(i);
            for (IndexedEntry.IndexedName name : entry.names()) {
                Set<String> keys = new HashSet<>();
                for (NameKey.Token token : name.tokens()) {
                    for (String block : blocks(token)) {
                        byBlock.computeIfAbsent(block, key -> new HashSet<>()).add(i);
                        keys.add(block);
                    }
                }
                nameBlocks.put(name, keys);
            }
            for (String document : entry.documents()) {
                byDocument.computeIfAbsent(document, key -> new HashSet<>()).add(i);
            }
        }
    }

    /**
     * Blocking keys of a name token: the start of its consonant skeleton and the start of its spelling. A variant that
     * changes both in every token of a name escapes screening; one that keeps either in one token does not.
     */
    private static List<String> blocks(NameKey.Token token) {
        if (token.kind() != NameKey.Kind.NAME) {
            return List.of();
        }
        String skeleton = NameKey.loose(token.skeleton());
        String folded = token.folded();
        return List.of("s:" + skeleton.substring(0, Math.min(2, skeleton.length())),
                "f:" + folded.substring(0, Math.min(2, folded.length())));
    }

    public int size() {
        return entries.size();
    }

    /** Candidates scoring at least {@code threshold}, best first, at most {@code limit}. */
    public List<Candidate> screen(ScreeningQuery query, double threshold, int limit) {
        List<NameKey.Token> queryTokens = NameKey.tokens(query.name());
        if (queryTokens.isEmpty()) {
            return List.of();
        }
        String document = IndexedEntry.normaliseDocument(query.document());
        String nationality = Countries.code(query.nationality()).orElse(null);
        Set<Integer> blocked = new TreeSet<>();
        Set<String> queryBlocks = new HashSet<>();
        for (NameKey.Token token : queryTokens) {
            for (String block : blocks(token)) {
                queryBlocks.add(block);
                blocked.addAll(byBlock.getOrDefault(block, Set.of()));
            }
        }
        boolean unblocked = queryBlocks.isEmpty();
        if (unblocked) {
            for (int i = 0; i < entries.size(); i++) {
                blocked.add(i);
            }
        }
        blocked.addAll(byDocument.getOrDefault(document, Set.of()));
        List<Candidate> candidates = new ArrayList<>();
        for (int i : blocked) {
            IndexedEntry entry = entries.get(i);
            Candidate candidate = score(entry, queryTokens, unblocked ? null : queryBlocks, query.birthDate(),
                    nationality, document);
            if (candidate != null && candidate.score() >= threshold) {
                candidates.add(candidate);
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Candidate::referenceNumber));
        return candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : candidates;
    }

    /** @param queryBlocks the query's blocking keys; names sharing none are not compared (null: compare all) */
    private Candidate score(IndexedEntry entry, List<NameKey.Token> queryTokens, Set<String> queryBlocks,
            String birthDate, String nationality, String document) {
        NameMatcher.Result best = null;
        IndexedEntry.IndexedName bestName = null;
        double bestEffective = -1;
        boolean documentMatches = !document.isEmpty() && entry.documents().contains(document);
        for (IndexedEntry.IndexedName name : entry.names()) {
            if (queryBlocks != null && !documentMatches
                    && java.util.Collections.disjoint(queryBlocks, nameBlocks.get(name))) {
                continue;
            }
            NameMatcher.Result result = NameMatcher.compare(queryTokens, name.tokens());
            double effective = result.score() - ("LOW".equals(name.quality()) ? LOW_QUALITY_PENALTY : 0);
            if (effective > bestEffective) {
                bestEffective = effective;
                best = result;
                bestName = name;
            }
        }
        // A name far off cannot become a hit through date or nationality; a document number can.
        if (best == null || (best.score() < 0.6 && !documentMatches)) {
            return null;
        }
        List<Explanation.Feature> features = new ArrayList<>();
        features.add(new Explanation.Feature("NAME_SIMILARITY",
                best.score() >= 0.9 ? "STRONG" : best.score() >= 0.75 ? "PARTIAL" : "WEAK",
                NameMatcher.round(best.score()), bestName.value()));
        if (best.transliterated() > 0 || best.phonetic() > 0) {
            features.add(new Explanation.Feature("TRANSLITERATION",
                    best.transliterated() > 0 ? "ARABIC_SCRIPT" : "PHONETIC", 0,
                    (best.transliterated() + best.phonetic()) + " token(s) matched by sound, not spelling"));
        }
        if (best.particlesEquated() > 0) {
            features.add(new Explanation.Feature("PARTICLES", "EQUIVALENT", 0,
                    best.particlesEquated() + " kinship particle(s) or article(s) in another form (ould/ag/ben, al/el)"));
        } else if (best.particlesUnmatched() > 0) {
            features.add(new Explanation.Feature("PARTICLES", "IGNORED", 0,
                    best.particlesUnmatched() + " kinship particle(s) or article(s) present on one side only"));
        }
        features.add(new Explanation.Feature("NAME_ORDER", best.orderDiffers() ? "DIFFERENT" : "SAME", 0, null));
        double score = best.score();
        String quality = bestName.quality();
        if ("LOW".equals(quality)) {
            features.add(new Explanation.Feature("ALIAS_QUALITY", "LOW", -LOW_QUALITY_PENALTY,
                    "weak alias of the list"));
            score -= LOW_QUALITY_PENALTY;
        } else {
            features.add(new Explanation.Feature("ALIAS_QUALITY", quality, 0, null));
        }
        Explanation.Feature dob = birthDate(birthDate, entry.birthDates());
        features.add(dob);
        score += dob.effect();
        Explanation.Feature nat = nationality(nationality, entry);
        features.add(nat);
        score += nat.effect();
        if (documentMatches) {
            features.add(new Explanation.Feature("DOCUMENT", "MATCH", DOCUMENT_MATCH, document));
            score += DOCUMENT_MATCH;
        } else {
            features.add(new Explanation.Feature("DOCUMENT", document.isEmpty() || entry.documents().isEmpty()
                    ? "UNKNOWN" : "NO_MATCH", 0, null));
        }
        score = NameMatcher.round(Math.max(0, Math.min(1, score)));
        Explanation explanation = new Explanation(NameMatcher.round(best.score()), bestName.value(), quality,
                best.pairs(), features);
        return new Candidate(entry.id(), entry.list().code(), entry.list().name(), entry.referenceNumber(),
                entry.programme(), entry.kind(), entry.primaryName(), score, explanation);
    }

    static Explanation.Feature birthDate(String queried, List<EntryContent.BirthDate> listed) {
        if (queried == null || queried.isBlank() || listed.isEmpty()) {
            return new Explanation.Feature("DATE_OF_BIRTH", "UNKNOWN", 0, null);
        }
        LocalDate date = null;
        int year;
        try {
            if (queried.length() == 4) {
                year = Integer.parseInt(queried);
            } else {
                date = LocalDate.parse(queried);
                year = date.getYear();
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            return new Explanation.Feature("DATE_OF_BIRTH", "UNKNOWN", 0, "unreadable date " + queried);
        }
        String bestOutcome = "CONFLICT";
        double bestEffect = BIRTH_DATE_CONFLICT;
        for (EntryContent.BirthDate birth : listed) {
            String outcome = null;
            double effect = 0;
            Integer listedYear = birth.year() != null ? birth.year()
                    : birth.date() != null && birth.date().length() >= 4 ? Integer.valueOf(birth.date().substring(0, 4))
                    : null;
            if (birth.date() != null && date != null && birth.date().equals(date.toString())) {
                outcome = "MATCH";
                effect = BIRTH_DATE_MATCH;
            } else if (listedYear != null && listedYear == year && !"APPROXIMATELY".equals(birth.type())) {
                outcome = "YEAR_MATCH";
                effect = BIRTH_YEAR_MATCH;
            } else if (birth.fromYear() != null && birth.toYear() != null && year >= birth.fromYear()
                    && year <= birth.toYear()) {
                outcome = "IN_RANGE";
                effect = BIRTH_RANGE_MATCH;
            } else if ("APPROXIMATELY".equals(birth.type()) && listedYear != null
                    && Math.abs(listedYear - year) <= APPROXIMATE_YEARS) {
                outcome = "APPROXIMATE";
                effect = BIRTH_RANGE_MATCH;
            }
            if (outcome != null && effect > bestEffect) {
                bestOutcome = outcome;
                bestEffect = effect;
            }
        }
        return new Explanation.Feature("DATE_OF_BIRTH", bestOutcome, bestEffect,
                "listed: " + listed.stream().map(ScreeningIndex::describe).toList());
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

    private static Explanation.Feature nationality(String queried, IndexedEntry entry) {
        if (queried == null || entry.nationalities().isEmpty()) {
            return new Explanation.Feature("NATIONALITY", "UNKNOWN", 0, null);
        }
        if (entry.nationalities().contains(queried)) {
            return new Explanation.Feature("NATIONALITY", "MATCH", NATIONALITY_MATCH, queried);
        }
        return new Explanation.Feature("NATIONALITY", "CONFLICT", NATIONALITY_CONFLICT,
                "listed: " + entry.nationalities().stream().sorted().toList());
    }
}
