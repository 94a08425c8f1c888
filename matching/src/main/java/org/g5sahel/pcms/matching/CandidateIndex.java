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
 * similarities of its words could still reach the policy's threshold (an upper bound of the score, never under it),
 * or when its names, cut into another number of words, meet the query's written together
 * ({@link KeyScheme#joinedKeys}); an entry with a document number in common with the query is always a candidate.
 * Each pair of words is compared once per query, and an entry's words are scored before it is compared in full.
 * Adding is synchronised; screening may run in parallel with other screenings, not with additions.
 */
public final class CandidateIndex {

    /** A listed subject as indexed. */
    private record Entry(String id, Subject subject, List<ParsedName> names, int[][] wordIds) {}

    /** A listed subject compared with the query, and the decision. */
    public record Match(String id, Subject listed, Comparison comparison, Decision decision) {}

    private final NameMatching engine;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<Token> words = new ArrayList<>();
    private final Map<String, int[]> wordsByKey = new HashMap<>();
    private final Map<String, List<Integer>> byDocument = new HashMap<>();
    /** Entries by the keys of their names written together ({@link KeyScheme#joinedKeys}). */
    private final Map<String, int[]> byJoinedKey = new HashMap<>();
    /**
     * What the bound of each reached entry reads, by entry, in arrays rather than through each entry's objects (a
     * common name reaches thousands): the weight of its lightest name, its date of birth, and the numbers of name
     * words its names have (bit n set for n words).
     */
    private double[] lightest = new double[64];

    private BirthDate[] births = new BirthDate[64];
    private int[] cuts = new int[64];
    /** For each word, the entries holding it: {@code [count, entry, entry, …]}, grown by doubling. */
    private final List<int[]> postingLists = new ArrayList<>();
    /**
     * For each word of the vocabulary, once a query has held it, the vocabulary words its keys meet that are alike
     * enough to be paired with it, and how alike: a query word the list also holds — most are common names — is then
     * compared with nothing to find its candidates. Only those are kept (about a dozen a word, where its keys meet
     * hundreds): a list's vocabulary of tens of thousands of words costs a few megabytes. Made by the first screening
     * after the vocabulary last grew (null until then: building the index costs nothing), written by concurrent
     * screenings (at worst two compute the same).
     */
    private volatile Met[] metByWord;

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
        double lightestName =
                names.stream().mapToDouble(ParsedName::weight).min().orElse(0);
        int[][] wordIds = new int[names.size()][];
        entries.add(new Entry(id, listed, names, wordIds));
        if (entry == lightest.length) {
            lightest = Arrays.copyOf(lightest, entry * 2);
            births = Arrays.copyOf(births, entry * 2);
            cuts = Arrays.copyOf(cuts, entry * 2);
        }
        lightest[entry] = lightestName;
        births[entry] = listed.birthDate();
        for (ParsedName name : names) {
            cuts[entry] |= 1 << Math.min(name.nameWords(), 31);
        }
        for (int n = 0; n < names.size(); n++) {
            List<Token> tokens = names.get(n).tokens();
            wordIds[n] = new int[tokens.size()];
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                if (token.kind() != TokenKind.NAME) {
                    wordIds[n][t] = -1;
                    continue;
                }
                String identity = identity(token);
                Integer word = vocabulary.get(identity);
                if (word == null) {
                    word = words.size();
                    vocabulary.put(identity, word);
                    words.add(token);
                    postingLists.add(new int[] {0});
                    // A new word may be alike to words already met: what was met is met again.
                    metByWord = null;
                    for (String key : KeyScheme.keys(token)) {
                        wordsByKey.merge(key, new int[] {word}, CandidateIndex::append);
                    }
                }
                wordIds[n][t] = word;
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
        java.util.Set<String> joinedKeys = new java.util.HashSet<>();
        names.forEach(name -> joinedKeys.addAll(KeyScheme.joinedKeys(name)));
        for (String key : joinedKeys) {
            byJoinedKey.merge(key, new int[] {entry}, CandidateIndex::append);
        }
    }

    private static String identity(Token token) {
        return token.script() + ":" + token.text();
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
            Reached met = reach(name, null);
            for (int k = 0; k < met.count(); k++) {
                reached.set(met.entry(k));
            }
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
        return screen(query, engine.policy(), limit);
    }

    /**
     * The hits of a query under {@code policy} rather than the engine's (a screening that sets its own thresholds),
     * best first, at most {@code limit}.
     */
    public List<Match> screen(Subject query, Policy policy, int limit) {
        List<ParsedName> queryNames = engine.read(query);
        BitSet toCompare = new BitSet(entries.size());
        // Per query name and word, the similarity of each vocabulary word met (floored): each pair of words is
        // compared once per query, however many entries hold the word.
        List<Similarities[]> known = new ArrayList<>(queryNames.size());
        for (ParsedName name : queryNames) {
            Similarities[] byWord = new Similarities[name.tokens().size()];
            double[] weights = new double[byWord.length];
            for (int i = 0; i < byWord.length; i++) {
                weights[i] = name.tokens().get(i).weight();
            }
            known.add(byWord);
            double queryWeight = name.weight();
            double nonNameWeight = nonNameWeight(name);
            BitSet joinable = new BitSet(entries.size());
            for (String key : KeyScheme.joinedKeys(name)) {
                for (int entry : byJoinedKey.getOrDefault(key, NO_WORDS)) {
                    joinable.set(entry);
                }
            }
            Reached reached = reach(name, byWord);
            // No threshold of this query is under this one: a bound below it needs no date of birth read (an entry's
            // date is a read from anywhere in memory, and most entries reached are far below).
            double lowest = query.birthDate() == null ? policy.nameAlone() : policy.lowest();
            for (int k = 0; k < reached.count(); k++) {
                int candidate = reached.entry(k);
                double shared = nonNameWeight;
                for (int i = 0; i < weights.length; i++) {
                    shared += counted(reached.similarity(candidate, i)) * weights[i];
                }
                double listedWeight = Math.max(lightest[candidate], 1e-9);
                double bound =
                        0.5 * shared / Math.min(queryWeight, listedWeight) + shared / (queryWeight + listedWeight);
                // Names cut into a different number of words may match written together (Rule.JOINED).
                if (bound >= lowest && bound >= threshold(query, births[candidate], policy)
                        || joinable.get(candidate) && (cuts[candidate] & ~(1 << Math.min(name.nameWords(), 31))) != 0) {
                    toCompare.set(candidate);
                }
            }
        }
        BitSet byDocument = new BitSet(entries.size());
        for (String document : query.documents()) {
            this.byDocument.getOrDefault(document, List.of()).forEach(byDocument::set);
        }
        toCompare.or(byDocument);
        List<Match> hits = new ArrayList<>();
        toCompare.stream().forEach(i -> {
            Entry entry = entries.get(i);
            // The words' score first, from the similarities already known; the full comparison, which explains, only
            // for an entry it could make a hit.
            double needed = threshold(query, births[i], policy);
            if (!byDocument.get(i) && bestScore(queryNames, known, entry, needed) < needed) {
                return;
            }
            Comparison comparison = engine.compare(query, queryNames, entry.subject(), entry.names());
            Decision decision = NameMatching.decide(comparison, policy);
            if (decision.hit()) {
                hits.add(new Match(entry.id(), entry.subject(), comparison, decision));
            }
        });
        hits.sort(Comparator.comparingDouble((Match m) -> m.comparison().nameScore())
                .reversed()
                .thenComparing(Match::id));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /** The best name score of any pair of names of the query and the entry, at least {@code needed} if one reaches. */
    private double bestScore(List<ParsedName> queryNames, List<Similarities[]> known, Entry entry, double needed) {
        double best = 0;
        for (int q = 0; q < queryNames.size(); q++) {
            ParsedName queryName = queryNames.get(q);
            Similarities[] byWord = known.get(q);
            for (int l = 0; l < entry.names().size(); l++) {
                ParsedName listedName = entry.names().get(l);
                int[] ids = entry.wordIds()[l];
                double score = NameComparator.score(
                        queryName,
                        listedName,
                        (i, j) -> {
                            Token queryWord = queryName.tokens().get(i);
                            if (ids[j] < 0 || queryWord.kind() != TokenKind.NAME) {
                                return TokenComparator.compare(
                                                queryWord, listedName.tokens().get(j))
                                        .similarity();
                            }
                            double similarity = byWord[i].get(ids[j]);
                            if (Double.isNaN(similarity)) {
                                similarity = floored(queryWord, words.get(ids[j]));
                                byWord[i].put(ids[j], similarity);
                            }
                            return similarity;
                        },
                        needed);
                if (score >= needed) {
                    return score;
                }
                best = Math.max(best, score);
            }
        }
        return best;
    }

    /**
     * How alike a query word and a vocabulary word are, exact from {@link NameComparator#FLOOR} up and only known to
     * be under it below: words under the floor are never paired, so the index, which only pairs, needs no more, and a
     * query word is compared with hundreds of words, most of them far from it.
     */
    private static double floored(Token queryWord, Token word) {
        return TokenComparator.compare(queryWord, word, NameComparator.FLOOR).similarity();
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
     * (0 for words without keys: particles, titles, legal forms, which are bounded by their weight instead). The
     * similarities computed are kept in {@code known} when given.
     */
    private Reached reach(ParsedName name, Similarities[] known) {
        List<Token> tokens = name.tokens();
        Reached reached = Reached.of(entries.size(), tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != TokenKind.NAME) {
                continue;
            }
            Met met = met(token);
            if (known != null) {
                // The words met, and the candidates' other words, compared when they are scored.
                known[i] = new Similarities(met.words().length + 64);
            }
            for (int k = 0; k < met.words().length; k++) {
                int word = met.words()[k];
                double similarity = met.similarities()[k];
                if (known != null) {
                    known[i].put(word, similarity);
                }
                int[] posting = postingLists.get(word);
                for (int p = 1; p <= posting[0]; p++) {
                    reached.meet(posting[p], i, (float) similarity);
                }
            }
        }
        return reached;
    }

    /** The vocabulary words a query word's keys meet that reach the floor, and how alike they are. */
    private record Met(int[] words, double[] similarities) {}

    /** What a query word meets: kept for a word of the vocabulary, computed each time for another. */
    private Met met(Token token) {
        Integer self = vocabulary.get(identity(token));
        if (self == null) {
            return compareByKeys(token);
        }
        Met[] kept = metByWord;
        if (kept == null) {
            kept = new Met[words.size()];
            metByWord = kept;
        }
        if (kept[self] == null) {
            kept[self] = compareByKeys(token);
        }
        return kept[self];
    }

    private Met compareByKeys(Token token) {
        BitSet seen = new BitSet(words.size());
        int[] met = new int[16];
        double[] similarities = new double[16];
        int count = 0;
        for (String key : KeyScheme.keys(token)) {
            for (int word : wordsByKey.getOrDefault(key, NO_WORDS)) {
                if (seen.get(word)) {
                    continue;
                }
                seen.set(word);
                double similarity = floored(token, words.get(word));
                if (similarity < NameComparator.FLOOR) {
                    continue;
                }
                if (count == met.length) {
                    met = Arrays.copyOf(met, count * 2);
                    similarities = Arrays.copyOf(similarities, count * 2);
                }
                met[count] = word;
                similarities[count++] = similarity;
            }
        }
        return new Met(Arrays.copyOf(met, count), Arrays.copyOf(similarities, count));
    }

    /**
     * The entries a query name reaches, in the order first reached, and for each the best similarity of each query
     * word: flat arrays rather than a map of boxed entries, as a common name reaches thousands of entries. One per
     * thread, reused from one query name to the next (a screening reads one name's entries before it reaches the
     * next's): only the cells of the entries met are cleared, so a query costs what it reaches, not the list's size.
     */
    private static final class Reached {
        private static final ThreadLocal<Reached> OF_THREAD = ThreadLocal.withInitial(Reached::new);

        private int words;
        private float[] best = new float[0];
        private int[] order = new int[0];
        private int count;

        /** This thread's instance, emptied for a query name of {@code words} words against {@code entries} entries. */
        static Reached of(int entries, int words) {
            Reached reached = OF_THREAD.get();
            reached.reset(entries, words);
            return reached;
        }

        private void reset(int entries, int words) {
            if (best.length < entries * words || order.length < entries) {
                best = new float[Math.max(entries * words, best.length)];
                order = new int[Math.max(entries, order.length)];
                java.util.Arrays.fill(best, -1);
            } else {
                for (int k = 0; k < count; k++) {
                    int base = order[k] * this.words;
                    for (int w = 0; w < this.words; w++) {
                        best[base + w] = -1;
                    }
                }
            }
            this.words = words;
            this.count = 0;
        }

        void meet(int entry, int word, float similarity) {
            int base = entry * words;
            // An entry not met yet has its cells at -1, an entry met at 0 or more.
            if (best[base] < 0) {
                order[count++] = entry;
                for (int w = 0; w < words; w++) {
                    best[base + w] = 0;
                }
            }
            best[base + word] = Math.max(best[base + word], similarity);
        }

        int count() {
            return count;
        }

        int entry(int k) {
            return order[k];
        }

        float similarity(int entry, int word) {
            return best[entry * words + word];
        }
    }

    /**
     * The similarities of one query word with the vocabulary words met and the candidates' words, by word id: an
     * open-addressing table of primitives, as a query word is compared with hundreds of words and a map of boxed
     * numbers cost more than the comparisons.
     * A slot holds its word's id plus one (0: empty), so that a new table needs no filling.
     */
    private static final class Similarities {
        private int[] keys;
        private double[] values;
        private int size;

        /** A table with room for {@code expected} words without growing. */
        Similarities(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 + 1)) * 2;
            keys = new int[capacity];
            values = new double[capacity];
        }

        /** The similarity with word {@code word}, NaN when not known. */
        double get(int word) {
            int mask = keys.length - 1;
            for (int slot = mix(word) & mask; ; slot = (slot + 1) & mask) {
                if (keys[slot] == word + 1) {
                    return values[slot];
                }
                if (keys[slot] == 0) {
                    return Double.NaN;
                }
            }
        }

        void put(int word, double similarity) {
            if (2 * (size + 1) > keys.length) {
                int[] oldKeys = keys;
                double[] oldValues = values;
                keys = new int[oldKeys.length * 2];
                values = new double[oldKeys.length * 2];
                size = 0;
                for (int k = 0; k < oldKeys.length; k++) {
                    if (oldKeys[k] != 0) {
                        put(oldKeys[k] - 1, oldValues[k]);
                    }
                }
            }
            int mask = keys.length - 1;
            int slot = mix(word) & mask;
            while (keys[slot] != 0 && keys[slot] != word + 1) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == 0) {
                size++;
            }
            keys[slot] = word + 1;
            values[slot] = similarity;
        }

        private static int mix(int word) {
            return word * 0x9E3779B9 >>> 7;
        }
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

    private static double threshold(Subject query, BirthDate listed, Policy policy) {
        if (query.birthDate() == null) {
            return policy.nameAlone();
        }
        return switch (query.birthDate().against(listed)) {
            case MATCH -> policy.withBirthDate();
            case PARTIAL -> policy.withYearOfBirth();
            case CONFLICT -> policy.despiteBirthDate();
            case UNKNOWN -> policy.nameAlone();
        };
    }
}
