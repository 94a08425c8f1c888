package org.g5sahel.pcms.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The name-matching engine: reads, keys and compares personal and organisation names written in Latin (French,
 * English or other romanisations) or Arabic script, with particles and in any order, and decides hits with the second
 * signals (date of birth, nationality, document). Immutable and thread-safe.
 *
 * <pre>{@code
 * NameMatching matching = NameMatching.standard();
 * MatchKeys keys = matching.keys("Oumar Ould Mohamed");          // stored with the listed name
 * Comparison c = matching.compare(Subject.person("Umar Muhammad", null), listed);
 * Decision d = matching.decide(c);                                // hit, reason, threshold
 * String why = Explanations.render(c, Locale.FRENCH);             // one sentence per word
 * }</pre>
 */
public final class NameMatching {

    private static final NameMatching STANDARD = builder().build();

    private final RomanisationTable table;
    private final NameReader reader;
    private final Policy policy;
    private final String keysVersion;

    private NameMatching(RomanisationTable table, Policy policy) {
        this.table = table;
        this.reader = new NameReader(table);
        this.policy = policy;
        this.keysVersion = KeyScheme.VERSION + "-" + table.digest();
    }

    /** The engine with the module's romanisation table and {@link Policy#STANDARD}. */
    public static NameMatching standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private RomanisationTable table;
        private Policy policy = Policy.STANDARD;

        private Builder() {}

        /** The known spellings to use; the module's own table when not set. */
        public Builder romanisation(RomanisationTable table) {
            this.table = table;
            return this;
        }

        public Builder policy(Policy policy) {
            this.policy = policy;
            return this;
        }

        public NameMatching build() {
            return new NameMatching(table != null ? table : RomanisationTable.standard(), policy);
        }
    }

    public RomanisationTable romanisation() {
        return table;
    }

    public Policy policy() {
        return policy;
    }

    /** The version of the keys this engine computes: {@link KeyScheme#VERSION} and the table's digest. */
    public String keysVersion() {
        return keysVersion;
    }

    /** The blocking keys of a name. */
    public MatchKeys keys(String name) {
        return keys(List.of(name));
    }

    /** The blocking keys of several names (a listed subject's name and aliases). */
    public MatchKeys keys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            for (Token token : read(name, null).tokens()) {
                keys.addAll(KeyScheme.keys(token));
            }
        }
        return new MatchKeys(keysVersion, keys);
    }

    /**
     * The strict keys of a name ({@link KeyScheme#strictKeys}): for keys compared without a score after them, such as
     * keyed hashes matched across registries. {@link #keys} are for candidates that a comparison then decides.
     */
    public MatchKeys strictKeys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        for (Token token : read(name, null).tokens()) {
            keys.addAll(KeyScheme.strictKeys(token));
        }
        return new MatchKeys(keysVersion, keys);
    }

    /**
     * The {@link #strictKeys} of each word of a name as the engine reads it, in order: a name written in parts is one
     * word (Abd al-Qadir, as Abdelkader), and a particle, article or title is a word without keys. For keys that must
     * tell the words of a name apart (two words in common, not one common first name).
     */
    public List<Set<String>> strictKeysByWord(String name) {
        List<Set<String>> words = new ArrayList<>();
        for (Token token : read(name, null).tokens()) {
            words.add(Set.copyOf(KeyScheme.strictKeys(token)));
        }
        return words;
    }

    ParsedName read(String name, Boolean organisation) {
        return reader.read(name, organisation);
    }

    /** Two names alone, no second signal. */
    public Comparison compare(String query, String listed) {
        return compare(Subject.named(query), Subject.named(listed));
    }

    /** A query against a listed subject: the best pair of their names, and their second signals. */
    public Comparison compare(Subject query, Subject listed) {
        return compare(query, read(query), listed, read(listed));
    }

    List<ParsedName> read(Subject subject) {
        List<ParsedName> names = new ArrayList<>(subject.names().size());
        for (String name : subject.names()) {
            names.add(reader.read(name, subject.organisation()));
        }
        return names;
    }

    Comparison compare(Subject query, List<ParsedName> queryNames, Subject listed, List<ParsedName> listedNames) {
        Signals signals = signals(query, listed);
        Comparison best = Comparison.NOTHING;
        double bestRank = -1;
        for (ParsedName q : queryNames) {
            for (ParsedName l : listedNames) {
                NameComparator.Result result = NameComparator.compare(q, l);
                boolean oneWord = q.strongTokens() <= 1 || l.strongTokens() <= 1;
                // A one-word name without a second signal cannot be a hit: prefer a pair that can.
                double rank = result.score() - (oneWord && !signals.anySupport() ? 1 : 0);
                if (rank > bestRank) {
                    bestRank = rank;
                    best = new Comparison(
                            round(result.score()),
                            q.written(),
                            l.written(),
                            result.matches(),
                            result.reordered(),
                            oneWord,
                            signals);
                }
            }
        }
        return best == Comparison.NOTHING ? new Comparison(0, null, null, List.of(), false, false, signals) : best;
    }

    static Signals signals(Subject query, Subject listed) {
        Agreement birth = query.birthDate() == null
                ? Agreement.UNKNOWN
                : query.birthDate().against(listed.birthDate());
        Agreement nationality =
                query.nationalities().isEmpty() || listed.nationalities().isEmpty()
                        ? Agreement.UNKNOWN
                        : query.nationalities().stream().anyMatch(listed.nationalities()::contains)
                                ? Agreement.MATCH
                                : Agreement.CONFLICT;
        Agreement document = query.documents().isEmpty() || listed.documents().isEmpty()
                ? Agreement.UNKNOWN
                : query.documents().stream().anyMatch(listed.documents()::contains)
                        ? Agreement.MATCH
                        : Agreement.CONFLICT;
        return new Signals(birth, nationality, document);
    }

    /** Whether a comparison is a hit under this engine's policy. */
    public Decision decide(Comparison comparison) {
        return decide(comparison, policy);
    }

    /** Whether a comparison is a hit under a given policy. */
    public static Decision decide(Comparison comparison, Policy policy) {
        Signals signals = comparison.signals();
        double score = comparison.nameScore();
        if (signals.document() == Agreement.MATCH) {
            return new Decision(true, Decision.Reason.DOCUMENT, score, 0);
        }
        Agreement birth = signals.birthDate();
        double threshold = switch (birth) {
            case MATCH -> policy.withBirthDate();
            case PARTIAL -> policy.withYearOfBirth();
            case CONFLICT -> policy.despiteBirthDate();
            case UNKNOWN -> policy.nameAlone();
        };
        if (score < threshold) {
            return new Decision(false, Decision.Reason.BELOW_THRESHOLD, score, threshold);
        }
        if (comparison.oneWord() && !signals.anySupport()) {
            return new Decision(false, Decision.Reason.ONE_WORD_WITHOUT_SECOND_SIGNAL, score, threshold);
        }
        Decision.Reason reason = switch (birth) {
            case MATCH -> Decision.Reason.NAME_AND_BIRTH_DATE;
            case PARTIAL -> Decision.Reason.NAME_AND_YEAR_OF_BIRTH;
            case CONFLICT -> Decision.Reason.NAME_DESPITE_BIRTH_DATE;
            case UNKNOWN -> Decision.Reason.NAME;
        };
        return new Decision(true, reason, score, threshold);
    }

    /** A new, empty in-memory index of listed subjects, read and keyed by this engine. */
    public CandidateIndex newIndex() {
        return new CandidateIndex(this);
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
