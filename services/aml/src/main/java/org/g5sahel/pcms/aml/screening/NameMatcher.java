package org.g5sahel.pcms.aml.screening;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two tokenised names whatever their order: each token of one is paired with its most similar token of the
 * other (exact, same consonant skeleton, or close by Jaro-Winkler), and the name score weighs what both names share
 * against what each has alone. Kinship particles and articles weigh little, so that {@code Ould}, {@code Ben} and
 * their absence barely move the score.
 */
public final class NameMatcher {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Below this, two tokens are not considered the same name. */
    static final double TOKEN_FLOOR = 0.82;

    private NameMatcher() {
    }

    public record Result(double score, List<Explanation.TokenMatch> pairs, boolean orderDiffers,
            int particlesUnmatched, int particlesEquated, int phonetic, int transliterated) {
    }

    public static Result compare(List<NameKey.Token> query, List<NameKey.Token> candidate) {
        double[][] similarity = new double[query.size()][candidate.size()];
        String[][] method = new String[query.size()][candidate.size()];
        for (int i = 0; i < query.size(); i++) {
            for (int j = 0; j < candidate.size(); j++) {
                NameKey.Token q = query.get(i);
                NameKey.Token c = candidate.get(j);
                if ((q.kind() == NameKey.Kind.NAME) != (c.kind() == NameKey.Kind.NAME)) {
                    similarity[i][j] = q.folded().equals(c.folded()) ? 1.0 : 0;
                    method[i][j] = "EXACT";
                    continue;
                }
                double[] scored = tokenSimilarity(q, c);
                similarity[i][j] = scored[0];
                method[i][j] = scored[1] == 0 ? "EXACT" : scored[1] == 1 ? "PHONETIC" : scored[1] == 2
                        ? "TRANSLITERATION" : "FUZZY";
            }
        }
        boolean[] usedQ = new boolean[query.size()];
        boolean[] usedC = new boolean[candidate.size()];
        List<int[]> pairs = new ArrayList<>();
        while (true) {
            int bestI = -1;
            int bestJ = -1;
            double best = TOKEN_FLOOR;
            for (int i = 0; i < query.size(); i++) {
                for (int j = 0; j < candidate.size(); j++) {
                    if (!usedQ[i] && !usedC[j] && similarity[i][j] >= best) {
                        if (similarity[i][j] > best || bestI < 0) {
                            best = similarity[i][j];
                            bestI = i;
                            bestJ = j;
                        }
                    }
                }
            }
            if (bestI < 0) {
                break;
            }
            usedQ[bestI] = true;
            usedC[bestJ] = true;
            pairs.add(new int[] {bestI, bestJ});
        }
        double shared = 0;
        int significantShared = 0;
        int phonetic = 0;
        int transliterated = 0;
        int particlesEquated = 0;
        List<Explanation.TokenMatch> matches = new ArrayList<>();
        for (int[] pair : pairs) {
            NameKey.Token q = query.get(pair[0]);
            NameKey.Token c = candidate.get(pair[1]);
            double sim = similarity[pair[0]][pair[1]];
            shared += sim * Math.min(q.weight(), c.weight());
            if (q.kind() == NameKey.Kind.NAME) {
                significantShared++;
            }
            if (q.kind() == NameKey.Kind.PARTICLE && !q.written().equals(c.written())) {
                particlesEquated++;
            }
            String how = method[pair[0]][pair[1]];
            phonetic += "PHONETIC".equals(how) ? 1 : 0;
            transliterated += "TRANSLITERATION".equals(how) ? 1 : 0;
            matches.add(new Explanation.TokenMatch(q.written(), c.written(), round(sim), how));
        }
        double queryWeight = query.stream().mapToDouble(NameKey.Token::weight).sum();
        double candidateWeight = candidate.stream().mapToDouble(NameKey.Token::weight).sum();
        if (queryWeight == 0 || candidateWeight == 0) {
            return new Result(0, List.of(), false, 0, 0, 0, 0);
        }
        double coverage = shared / Math.min(queryWeight, candidateWeight);
        double dice = 2 * shared / (queryWeight + candidateWeight);
        double score = 0.55 * coverage + 0.45 * dice;
        long querySignificant = query.stream().filter(t -> t.kind() == NameKey.Kind.NAME).count();
        long candidateSignificant = candidate.stream().filter(t -> t.kind() == NameKey.Kind.NAME).count();
        // One shared given name (Mohamed, Amadou) says little when either side has more: never a hit on its own.
        if (significantShared < 2 && Math.max(querySignificant, candidateSignificant) >= 2) {
            score *= 0.7;
        }
        boolean orderDiffers = false;
        for (int k = 1; k < pairs.size(); k++) {
            if (pairs.get(k)[0] > pairs.get(k - 1)[0] != pairs.get(k)[1] > pairs.get(k - 1)[1]) {
                orderDiffers = true;
            }
        }
        int particlesUnmatched = 0;
        for (int i = 0; i < query.size(); i++) {
            particlesUnmatched += !usedQ[i] && query.get(i).kind() == NameKey.Kind.PARTICLE ? 1 : 0;
        }
        for (int j = 0; j < candidate.size(); j++) {
            particlesUnmatched += !usedC[j] && candidate.get(j).kind() == NameKey.Kind.PARTICLE ? 1 : 0;
        }
        matches.sort(java.util.Comparator.comparing(Explanation.TokenMatch::query));
        return new Result(Math.min(1.0, score), matches, orderDiffers, particlesUnmatched, particlesEquated, phonetic,
                transliterated);
    }

    /** {similarity, method}: 0 exact, 1 phonetic, 2 transliteration, 3 fuzzy. */
    static double[] tokenSimilarity(NameKey.Token q, NameKey.Token c) {
        if (q.folded().equals(c.folded())) {
            return new double[] {1.0, isArabic(q) || isArabic(c) ? 2 : 0};
        }
        boolean script = isArabic(q) || isArabic(c);
        if ((q.skeleton().length() >= 2 || script) && (q.skeleton().equals(c.skeleton())
                || NameKey.loose(q.skeleton()).equals(NameKey.loose(c.skeleton())))) {
            return new double[] {0.95, script ? 2 : 1};
        }
        double written = jaroWinkler(q.folded(), c.folded());
        double skeletal = q.skeleton().length() >= 3 && c.skeleton().length() >= 3
                ? 0.93 * jaroWinkler(q.skeleton(), c.skeleton()) : 0;
        return new double[] {Math.max(written, skeletal), 3};
    }

    private static boolean isArabic(NameKey.Token token) {
        return token.written().codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    /** Jaro-Winkler similarity (prefix scale 0.1, up to 4 characters); two empty names are not alike. */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        return a.isEmpty() || b.isEmpty() ? 0 : JARO_WINKLER.apply(a, b);
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
