package org.g5sahel.pcms.alerts.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Transliteration-aware comparison of personal names (Arabic romanisation variants, Sahelian particles, any order).
 * <p>
 * Names are folded (case, accents), split on spaces and hyphens, and particles (ould, ag, ben, abou, al-/el- …) are
 * set aside. Two tokens are equivalent when they are equal, share a romanisation cluster of the reference table
 * ({@code names/arabic-name-romanisation-variants.tsv}: Arabic token and its Latin spellings), share a consonant
 * skeleton (muhammad / mohamed → mhmd), or are close by Jaro-Winkler. Tokens are paired regardless of order.
 */
public final class NameMatcher {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Particles of Arabic, Hassaniya, Tamasheq and Fulfulde names, in Latin and Arabic script. */
    static final Set<String> PARTICLES = Set.of("ould", "wuld", "uld", "ag", "ben", "bin", "ibn", "bint", "mint",
            "abou", "abu", "al", "el", "ad", "ed", "ou", "wa", "ولد", "بن", "بنت", "أبو", "ابو", "اغ");

    private static final NameMatcher DEFAULT = load();

    private final Map<String, Set<Integer>> clusters;

    NameMatcher(Map<String, Set<Integer>> clusters) {
        this.clusters = clusters;
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
            if (best != null && bestScore >= 0.75) {
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
            double joined = jaroWinkler(skeleton(joinedA), skeleton(joinedB)) * 0.95;
            if (joined >= 0.9 && joined > score) {
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
        out[0] = jw >= 0.88 ? jw * 0.95 : jw * 0.6;
        return "spelling " + Math.round(jw * 100) + "%";
    }

    private Set<Integer> clustersOf(String token) {
        Set<Integer> found = clusters.getOrDefault(token, Set.of());
        if (found.isEmpty() && token.startsWith("ال") && token.length() > 3) {
            found = clusters.getOrDefault(token.substring(2), Set.of());
        }
        return found;
    }

    /** Folded tokens: lower case, accents removed, split on anything that is not a letter; Arabic kept. */
    static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
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
        try (InputStream in = NameMatcher.class.getResourceAsStream("/names/arabic-name-romanisation-variants.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int cluster = 0;
            while ((line = reader.readLine()) != null) {
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
        return new NameMatcher(clusters);
    }
}
