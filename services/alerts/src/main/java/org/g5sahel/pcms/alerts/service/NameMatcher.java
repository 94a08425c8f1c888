package org.g5sahel.pcms.alerts.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.g5sahel.pcms.commons.text.Lookalikes;

/**
 * Transliteration-aware comparison of personal names (Arabic romanisation variants, Sahelian particles, any order).
 * <p>
 * Names are folded (case, accents), split on spaces and hyphens, and particles (ould, ag, ben, abou, al-/el- …) are
 * set aside. Two tokens are equivalent when they are equal, share a romanisation cluster of the reference table
 * ({@code names/arabic-name-romanisation-variants.tsv}: Arabic token and its Latin spellings), share a consonant
 * skeleton (muhammad / mohamed → mhmd), or are close by Jaro-Winkler. Tokens are paired regardless of order.
 * <p>
 * <b>Screening keys.</b> A name only scores above zero when one of its core tokens is paired with one of the other
 * name's (equal, same cluster, same skeleton, or Jaro-Winkler-close), or when the two names written together are
 * alike. {@link #screeningKeys} gives the keys of the three exact relations and of the written-together form:
 * {@code T:} token, {@code S:} skeleton, {@code C:} cluster, {@code J:} joined skeleton. Jaro-Winkler closeness is no
 * equivalence and has no exact key: {@link #probeKeys} adds, for a screened name, the {@code T:} and {@code J:} terms of
 * the watched names (a {@link Terms} dictionary) that are close to its tokens and to its joined form, found with
 * {@link #jaroWinkler} itself after a bound that never discards a close term. Two names with a score above zero
 * therefore always share a key.
 */
public final class NameMatcher {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Particles of Arabic, Hassaniya, Tamasheq and Fulfulde names, in Latin and Arabic script. */
    static final Set<String> PARTICLES = Set.of("ould", "wuld", "uld", "ag", "ben", "bin", "ibn", "bint", "mint",
            "abou", "abu", "al", "el", "ad", "ed", "ou", "wa", "ولد", "بن", "بنت", "أبو", "ابو", "اغ");

    /**
     * Version of the way screening keys are derived. Bump it when {@link #tokens}, {@link #skeleton}, the
     * particles, the pairing thresholds or the keys change; a change of the romanisation table changes
     * {@link #keysVersion()} by itself.
     */
    static final int KEYS_FORMAT = 2;

    /** Key prefixes: token, consonant skeleton, romanisation cluster, skeleton of the core tokens written together. */
    static final String TOKEN = "T:";
    static final String SKELETON = "S:";
    static final String CLUSTER = "C:";
    static final String JOINED = "J:";

    /** Two tokens this similar are paired; below it they do not count. */
    static final double PAIRED = 0.75;
    /** Two names of different lengths that are this alike when written together match at that score. */
    static final double JOINED_ALIKE = 0.9;
    /** Slack of the Jaro-Winkler bound against rounding: a looser bound only lets more terms be checked. */
    private static final double BOUND_SLACK = 1e-9;

    private static final NameMatcher DEFAULT = load();

    private final Map<String, Set<Integer>> clusters;
    private final String keysVersion;

    NameMatcher(Map<String, Set<Integer>> clusters) {
        this(clusters, "custom");
    }

    private NameMatcher(Map<String, Set<Integer>> clusters, String tableDigest) {
        this.clusters = clusters;
        this.keysVersion = KEYS_FORMAT + "-" + tableDigest;
    }

    public static NameMatcher standard() {
        return DEFAULT;
    }

    /** A name compared with another, and why. */
    public record Comparison(double score, String detail) {
    }

    /** The folded core tokens of a name, particles removed (kept when the name is nothing but particles). */
    public List<String> coreTokens(String name) {
        List<String> all = tokens(name);
        List<String> core = all.stream().filter(token -> !PARTICLES.contains(token)).toList();
        return core.isEmpty() ? all : core;
    }

    public Comparison compare(String watched, String screened) {
        List<String> a = coreTokens(watched);
        List<String> b = coreTokens(screened);
        if (a.isEmpty() || b.isEmpty()) {
            return new Comparison(0, "no name");
        }
        List<String> remaining = new ArrayList<>(b);
        double sum = 0;
        List<String> pairs = new ArrayList<>();
        for (String token : a) {
            String best = null;
            double bestScore = 0;
            String how = null;
            for (String candidate : remaining) {
                double[] similarity = new double[1];
                String reason = tokenSimilarity(token, candidate, similarity);
                if (similarity[0] > bestScore) {
                    bestScore = similarity[0];
                    best = candidate;
                    how = reason;
                }
            }
            if (best != null && bestScore >= PAIRED) {
                remaining.remove(best);
                sum += bestScore;
                pairs.add(token + "~" + best + " (" + how + ")");
            }
        }
        // Coverage of the shorter name and overall overlap weigh equally: an extra middle name costs a little.
        double score = 0.5 * sum / Math.min(a.size(), b.size()) + 0.5 * 2 * sum / (a.size() + b.size());
        if (a.size() != b.size()) {
            // "Abd Allahi" and "Abdallahi" are one name written in two words or one.
            String joinedA = String.join("", a);
            String joinedB = String.join("", b);
            double joined = joinedSimilarity(skeleton(joinedA), skeleton(joinedB));
            if (joined >= JOINED_ALIKE && joined > score) {
                return new Comparison(joined, "written together: " + joinedA + " ~ " + joinedB);
            }
        }
        return new Comparison(Math.min(1, score), pairs.isEmpty() ? "no common name" : String.join(", ", pairs));
    }

    /** @return how the tokens compare; {@code out[0]} receives the similarity (0–1) */
    private String tokenSimilarity(String a, String b, double[] out) {
        if (a.equals(b)) {
            out[0] = 1.0;
            return "same";
        }
        Set<Integer> clustersA = clustersOf(a);
        Set<Integer> clustersB = clustersOf(b);
        if (!clustersA.isEmpty() && clustersA.stream().anyMatch(clustersB::contains)) {
            out[0] = 0.97;
            return "romanisation variant";
        }
        String skeletonA = skeleton(a);
        if (skeletonA.length() >= 2 && skeletonA.equals(skeleton(b))) {
            out[0] = 0.92;
            return "same consonants";
        }
        double jw = jaroWinkler(a, b);
        out[0] = spellingSimilarity(jw);
        return "spelling " + Math.round(jw * 100) + "%";
    }

    /** How similar two tokens are by spelling alone, from their Jaro-Winkler similarity. */
    static double spellingSimilarity(double jaroWinkler) {
        return jaroWinkler >= 0.88 ? jaroWinkler * 0.95 : jaroWinkler * 0.6;
    }

    /** How alike two names written together are, from the skeletons of their joined core tokens. */
    static double joinedSimilarity(String watchedSkeleton, String screenedSkeleton) {
        return jaroWinkler(watchedSkeleton, screenedSkeleton) * 0.95;
    }

    /** The similarity of two tokens as {@link #compare} weighs it (0–1); from {@link #PAIRED} on they are paired. */
    double tokenSimilarity(String watched, String screened) {
        double[] out = new double[1];
        tokenSimilarity(watched, screened, out);
        return out[0];
    }

    /**
     * Version of the screening keys: the format and a digest of the romanisation table. Keys stored under another
     * version must be computed again.
     */
    public String keysVersion() {
        return keysVersion;
    }

    /** The screening keys of names (all the names and aliases of a watch-list entry). */
    public Set<String> screeningKeys(Collection<String> names) {
        Set<String> keys = new TreeSet<>();
        for (String name : names) {
            keys.addAll(screeningKeys(name));
        }
        return keys;
    }

    /**
     * The exact screening keys of one name: for each core token, the token, its skeleton (when {@link #compare} would
     * use it: two letters or more) and its romanisation clusters; and the skeleton of the core tokens written
     * together.
     */
    public Set<String> screeningKeys(String name) {
        List<String> core = coreTokens(name);
        Set<String> keys = new LinkedHashSet<>();
        for (String token : core) {
            keys.add(TOKEN + token);
            String skeleton = skeleton(token);
            if (skeleton.length() >= 2) {
                keys.add(SKELETON + skeleton);
            }
            for (Integer cluster : clustersOf(token)) {
                keys.add(CLUSTER + cluster);
            }
        }
        if (!core.isEmpty()) {
            keys.add(JOINED + skeleton(String.join("", core)));
        }
        return keys;
    }

    /** Whether a key is a term of the dictionary: a token or a joined skeleton, which spelling may come close to. */
    public static boolean isTerm(String key) {
        return key.startsWith(TOKEN) || key.startsWith(JOINED);
    }

    /**
     * The keys to look a screened name up with: its own {@link #screeningKeys(String) keys}, and every term of the
     * watched names that {@link #compare} may find close by spelling — a token whose Jaro-Winkler similarity pairs it
     * with one of the name's core tokens, a joined skeleton alike enough to the name's own.
     */
    public Set<String> probeKeys(String name, Terms terms) {
        Set<String> keys = screeningKeys(name);
        List<String> core = coreTokens(name);
        for (String token : core) {
            terms.tokensCloseTo(token, keys);
        }
        if (!core.isEmpty()) {
            terms.joinedCloseTo(skeleton(String.join("", core)), keys);
        }
        return keys;
    }

    /** A dictionary of the terms ({@code T:} and {@code J:} keys) of watched names. Immutable. */
    public static final class Terms {

        /** A term, its characters in order and the mask of its characters, for the bounds. */
        private record Term(String text, char[] sorted, long mask) {
        }

        private static final Term[] NONE = {};

        private final Term[][] tokensByLength;
        private final Term[][] joinedByLength;
        private final int size;

        public Terms(Collection<String> keys) {
            Map<Integer, List<Term>> tokens = new HashMap<>();
            Map<Integer, List<Term>> joined = new HashMap<>();
            int count = 0;
            for (String key : keys) {
                Map<Integer, List<Term>> into = key.startsWith(TOKEN) ? tokens : key.startsWith(JOINED) ? joined : null;
                if (into == null || key.length() == 2) {
                    continue;
                }
                String text = key.substring(2);
                into.computeIfAbsent(text.length(), length -> new ArrayList<>())
                        .add(new Term(text, sorted(text), mask(text)));
                count++;
            }
            this.tokensByLength = byLength(tokens);
            this.joinedByLength = byLength(joined);
            this.size = count;
        }

        private static Term[][] byLength(Map<Integer, List<Term>> terms) {
            int longest = terms.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            Term[][] byLength = new Term[longest + 1][];
            for (int length = 0; length <= longest; length++) {
                byLength[length] = terms.getOrDefault(length, List.of()).toArray(NONE);
            }
            return byLength;
        }

        /** Terms held. */
        public int size() {
            return size;
        }

        /** Adds to {@code keys} the {@code T:} key of every watched token paired with {@code token} by spelling. */
        void tokensCloseTo(String token, Set<String> keys) {
            closeTo(token, tokensByLength, TOKEN, keys, false);
        }

        /** Adds the {@code J:} key of every watched joined skeleton alike to {@code skeleton}. */
        void joinedCloseTo(String skeleton, Set<String> keys) {
            closeTo(skeleton, joinedByLength, JOINED, keys, true);
        }

        /**
         * Every term close to {@code screened}, computed with {@link #jaroWinkler} itself. Terms are first skipped on
         * bounds that never skip a close one: the characters two strings have in common (counted exactly, or bounded
         * from above by the characters one has that the other has not, {@link #mask}) and their common prefix
         * bound their Jaro-Winkler similarity ({@link #jaroWinklerBound}).
         */
        private static void closeTo(String screened, Term[][] byLength, String prefix, Set<String> keys,
                boolean joined) {
            int n = screened.length();
            if (n == 0) {
                return;
            }
            char[] sorted = sorted(screened);
            long mask = mask(screened);
            int[] needed = new int[5];
            for (int k = 1; k < byLength.length; k++) {
                Term[] candidates = byLength[k];
                if (candidates.length == 0) {
                    continue;
                }
                // The fewest characters in common that may still be close, for each common prefix (0 to 4).
                int shorter = Math.min(n, k);
                boolean any = false;
                for (int common = 0; common <= 4; common++) {
                    needed[common] = Integer.MAX_VALUE;
                    for (int overlap = 1; common <= shorter && overlap <= shorter; overlap++) {
                        if (close(jaroWinklerBound(overlap, n, k, Math.min(common, 4)), joined)) {
                            needed[common] = overlap;
                            any = true;
                            break;
                        }
                    }
                }
                if (!any) {
                    continue;
                }
                for (Term term : candidates) {
                    String watched = term.text();
                    int need = needed[commonPrefix(watched, screened)];
                    if (need == Integer.MAX_VALUE
                            || Math.min(n - Long.bitCount(mask & ~term.mask()), k - Long.bitCount(term.mask() & ~mask)) < need
                            || overlap(term.sorted(), sorted) < need) {
                        continue;
                    }
                    if (joined ? joinedSimilarity(watched, screened) >= JOINED_ALIKE
                            : spellingSimilarity(jaroWinkler(watched, screened)) >= PAIRED) {
                        keys.add(prefix + watched);
                    }
                }
            }
        }

        /**
         * Whether a Jaro-Winkler similarity of at most {@code bound} may pair two tokens (or make two joined names
         * alike). Both tests only grow with the similarity, so a false answer holds for every similarity under the
         * bound.
         */
        private static boolean close(double bound, boolean joined) {
            double similarity = Math.min(1, bound + BOUND_SLACK);
            return joined ? similarity * 0.95 >= JOINED_ALIKE : spellingSimilarity(similarity) >= PAIRED;
        }

        /**
         * The characters of a string as bits: a–z one bit each, any other character one of the 38 other bits. A
         * character one string has and the other has not sets a bit of the first only (or, sharing a bit, none), so
         * {@code length - bitCount(mask & ~otherMask)} bounds the characters in common from above.
         */
        private static long mask(String text) {
            long mask = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                mask |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 38);
            }
            return mask;
        }
    }

    /**
     * An upper bound of the Jaro-Winkler similarity of commons-text ({@link JaroWinklerSimilarity}) of two strings of
     * lengths {@code n} and {@code k} that have {@code overlap} characters in common (as multisets) and a common
     * prefix of {@code prefix} characters (at most 4). Jaro is (m/n + m/k + (m - t/2)/m) / 3 with m matching
     * characters (each pairs two equal characters, so m ≤ overlap) and t transpositions (≥ 0); Winkler adds
     * 0.1 × prefix × (1 - Jaro) from a Jaro of 0.7 on; both only grow with m and shrink with t.
     */
    static double jaroWinklerBound(int overlap, int n, int k, int prefix) {
        if (overlap == 0) {
            return 0;
        }
        double jaro = (overlap / (double) n + overlap / (double) k + 1) / 3;
        return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1 - jaro);
    }

    private static char[] sorted(String text) {
        char[] chars = text.toCharArray();
        Arrays.sort(chars);
        return chars;
    }

    /** Characters two sorted arrays have in common, counted with their multiplicity. */
    private static int overlap(char[] a, char[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** The common prefix of two strings as commons-text counts it: at most 4 characters. */
    private static int commonPrefix(String a, String b) {
        int limit = Math.min(4, Math.min(a.length(), b.length()));
        int prefix = 0;
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix;
    }

    private Set<Integer> clustersOf(String token) {
        Set<Integer> found = clusters.getOrDefault(token, Set.of());
        if (found.isEmpty() && token.startsWith("ال") && token.length() > 3) {
            found = clusters.getOrDefault(token.substring(2), Set.of());
        }
        return found;
    }

    /**
     * Folded tokens: lower case, accents removed, split on anything that is not a letter; Arabic kept. Format
     * characters (a zero-width space) split no word, and letters of other scripts drawn like Latin ones (Cyrillic,
     * Greek) are read as Latin ({@link Lookalikes}).
     */
    static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(Lookalikes.foldToLatinIgnoringCase(name), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> tokens = new ArrayList<>();
        for (String token : folded.split("[^\\p{L}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /**
     * A consonant skeleton that absorbs the usual romanisation differences: vowels after the first letter dropped,
     * doubled letters collapsed, kh/gh/sh/dh/th/ph and q/c/k/j/dj/y/w brought together.
     */
    static String skeleton(String token) {
        if (token.isEmpty() || !token.chars().allMatch(c -> c < 128)) {
            return token;
        }
        String s = token.replace("kh", "k").replace("gh", "g").replace("sh", "c").replace("ch", "c")
                .replace("dh", "d").replace("th", "t").replace("ph", "f").replace("dj", "j").replace("q", "k")
                .replace('c', 'k').replace('z', 's').replace("ou", "u").replace('w', 'u').replace('y', 'i');
        StringBuilder out = new StringBuilder().append(s.charAt(0));
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouh".indexOf(c) >= 0 || c == out.charAt(out.length() - 1)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Jaro-Winkler similarity (prefix scale 0.1, up to 4 characters); two empty names are not alike. */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        return a.isEmpty() || b.isEmpty() ? 0 : JARO_WINKLER.apply(a, b);
    }

    private static NameMatcher load() {
        Map<String, Set<Integer>> clusters = new HashMap<>();
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        new TreeSet<>(PARTICLES).forEach(particle -> digest.update((particle + "\n").getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = NameMatcher.class.getResourceAsStream("/names/arabic-name-romanisation-variants.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int cluster = 0;
            while ((line = reader.readLine()) != null) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                String[] columns = line.split("\t");
                if (columns.length < 2) {
                    continue;
                }
                Set<String> members = new HashSet<>(tokens(columns[0]));
                for (String variant : columns[1].split(" ")) {
                    members.addAll(tokens(variant));
                }
                for (String member : members) {
                    clusters.computeIfAbsent(member, key -> new HashSet<>()).add(cluster);
                }
                cluster++;
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The romanisation table cannot be read", e);
        }
        return new NameMatcher(clusters, HexFormat.of().formatHex(digest.digest(), 0, 8));
    }
}
