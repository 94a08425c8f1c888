package org.g5sahel.pcms.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory index of listed subjects (a watch list, a sanctions list), screened without reading every entry.
 * <p>
 * The index keeps each distinct word of the listed names once (its vocabulary), found by its {@link KeyScheme keys}.
 * A query word is compared with the vocabulary words that share a key with it; the entries holding a word alike enough
 * to be paired ({@link NameComparator#FLOOR}) are the candidates. A candidate is scored in full only when the best
 * similarities of its words could still reach the policy's threshold (an upper bound of the score, never under it);
 * an entry with a document number in common with the query is always a candidate. Adding is synchronised; screening
 * may run in parallel with other screenings, not with additions.
 */
public final class CandidateIndex {

    /** A listed subject as indexed. */
    private record Entry(String id, Subject subject, List<ParsedName> names, double lightestName) {
    }

    /** A listed subject compared with the query, and the decision. */
    public record Match(String id, Subject listed, Comparison comparison, Decision decision) {
    }

    private final NameMatching engine;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<Token> words = new ArrayList<>();
    private final Map<String, int[]> wordsByKey = new HashMap<>();
    private final Map<String, List<Integer>> byDocument = new HashMap<>();
    /** For each word, the entries holding it: {@code [count, entry, entry, …]}, grown by doubling. */
    private final List<int[]> postingLists = new ArrayList<>();

    CandidateIndex(NameMatching engine) {
        this.engine = engine;
    }

    public int size() {
        return entries.size();
    }

    /** Adds a listed subject under an id (the service's own reference). */
    public synchronized void add(String id, Subject listed) {
        List<ParsedName> names = engine.read(listed);
        int entry = entries.size();
        double lightest = names.stream().mapToDouble(ParsedName::weight).min().orElse(0);
        entries.add(new Entry(id, listed, names, lightest));
        for (ParsedName name : names) {
            for (Token token : name.tokens()) {
                if (token.kind() != TokenKind.NAME) {
                    continue;
                }
                String identity = token.script() + ":" + token.text();
                Integer word = vocabulary.get(identity);
                if (word == null) {
                    word = words.size();
                    vocabulary.put(identity, word);
                    words.add(token);
                    postingLists.add(new int[] {0});
                    for (String key : KeyScheme.keys(token)) {
                        wordsByKey.merge(key, new int[] {word}, CandidateIndex::append);
                    }
                }
                int[] posting = postingLists.get(word);
                if (posting[0] == 0 || posting[posting[0]] != entry) {
                    if (posting[0] + 1 == posting.length) {
                        posting = Arrays.copyOf(posting, Math.max(4, posting.length * 2));
                        postingLists.set(word, posting);
                    }
                    posting[++posting[0]] = entry;
                }
            }
        }
        for (String document : listed.documents()) {
            byDocument.computeIfAbsent(document, d -> new ArrayList<>()).add(entry);
        }
    }

    private static int[] append(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The entries a query reaches by its words' keys or its documents, unscored (candidate generation). */
    public List<String> candidates(Subject query) {
        BitSet reached = new BitSet(entries.size());
        for (ParsedName name : engine.read(query)) {
            reach(name).keySet().forEach(reached::set);
        }
        for (String document : query.documents()) {
            byDocument.getOrDefault(document, List.of()).forEach(reached::set);
        }
        return reached.stream().mapToObj(i -> entries.get(i).id()).toList();
    }

    /**
     * The hits of a query, best first, at most {@code limit}: candidates compared and decided under the engine's
     * policy.
     */
    public List<Match> screen(Subject query, int limit) {
        List<ParsedName> queryNames = engine.read(query);
        Policy policy = engine.policy();
        BitSet toCompare = new BitSet(entries.size());
        for (ParsedName name : queryNames) {
            double queryWeight = name.weight();
            Map<Integer, float[]> reached = reach(name);
            for (Map.Entry<Integer, float[]> candidate : reached.entrySet()) {
                Entry entry = entries.get(candidate.getKey());
                double shared = 0;
                float[] best = candidate.getValue();
                for (int i = 0; i < best.length; i++) {
                    shared += counted(best[i]) * name.tokens().get(i).weight();
                }
                shared += nonNameWeight(name);
                double listedWeight = Math.max(entry.lightestName(), 1e-9);
                double bound = 0.5 * shared / Math.min(queryWeight, listedWeight)
                        + shared / (queryWeight + listedWeight);
                if (bound >= threshold(query, entry.subject(), policy) || differentCut(name, entry)) {
                    toCompare.set(candidate.getKey());
                }
            }
        }
        for (String document : query.documents()) {
            byDocument.getOrDefault(document, List.of()).forEach(toCompare::set);
        }
        List<Match> hits = new ArrayList<>();
        toCompare.stream().forEach(i -> {
            Entry entry = entries.get(i);
            Comparison comparison = engine.compare(query, queryNames, entry.subject(), entry.names());
            Decision decision = engine.decide(comparison);
            if (decision.hit()) {
                hits.add(new Match(entry.id(), entry.subject(), comparison, decision));
            }
        });
        hits.sort(Comparator.comparingDouble((Match m) -> m.comparison().nameScore()).reversed()
                .thenComparing(Match::id));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /** Every entry compared and decided, without candidate generation: the reference a test measures it against. */
    List<Match> scan(Subject query) {
        List<ParsedName> queryNames = engine.read(query);
        List<Match> hits = new ArrayList<>();
        for (Entry entry : entries) {
            Comparison comparison = engine.compare(query, queryNames, entry.subject(), entry.names());
            Decision decision = engine.decide(comparison);
            if (decision.hit()) {
                hits.add(new Match(entry.id(), entry.subject(), comparison, decision));
            }
        }
        return hits;
    }

    /**
     * For each entry holding a word alike to a word of the query name: the best similarity found for each query word
     * (0 for words without keys: particles, titles, legal forms, which are bounded by their weight instead).
     */
    private Map<Integer, float[]> reach(ParsedName name) {
        Map<Integer, float[]> reached = new HashMap<>();
        List<Token> tokens = name.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != TokenKind.NAME) {
                continue;
            }
            BitSet seen = new BitSet(words.size());
            for (String key : KeyScheme.keys(token)) {
                for (int word : wordsByKey.getOrDefault(key, NO_WORDS)) {
                    if (seen.get(word)) {
                        continue;
                    }
                    seen.set(word);
                    float similarity = (float) TokenComparator.compare(token, words.get(word)).similarity();
                    if (similarity < NameComparator.FLOOR) {
                        continue;
                    }
                    int[] posting = postingLists.get(word);
                    for (int p = 1; p <= posting[0]; p++) {
                        float[] best = reached.computeIfAbsent(posting[p], e -> new float[tokens.size()]);
                        best[i] = Math.max(best[i], similarity);
                    }
                }
            }
        }
        return reached;
    }

    private static final int[] NO_WORDS = {};

    private static double counted(double similarity) {
        return similarity >= NameComparator.WEAK ? similarity : similarity * 0.5;
    }

    /** The most the words without keys may add to the shared weight: their whole weight. */
    private static double nonNameWeight(ParsedName name) {
        double weight = 0;
        for (Token token : name.tokens()) {
            if (token.kind() != TokenKind.NAME) {
                weight += token.weight();
            }
        }
        return weight;
    }

    /** Names cut into a different number of words may match written together ({@link Rule#JOINED}). */
    private static boolean differentCut(ParsedName name, Entry entry) {
        long words = nameWords(name);
        for (ParsedName listed : entry.names()) {
            if (nameWords(listed) != words) {
                return true;
            }
        }
        return false;
    }

    private static long nameWords(ParsedName name) {
        return name.tokens().stream().filter(t -> t.kind() == TokenKind.NAME || t.kind() == TokenKind.KUNYA).count();
    }

    private static double threshold(Subject query, Subject listed, Policy policy) {
        if (query.birthDate() == null) {
            return policy.nameAlone();
        }
        return switch (query.birthDate().against(listed.birthDate())) {
            case MATCH -> policy.withBirthDate();
            case PARTIAL -> policy.withYearOfBirth();
            case CONFLICT -> policy.despiteBirthDate();
            case UNKNOWN -> policy.nameAlone();
        };
    }
}
