package org.g5sahel.pcms.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two read names whatever their order: each word of one is paired with the most alike word of the other
 * (best pairs first), and the score weighs what the names share against what each holds alone — half the share of the
 * shorter name that is found, half the share of both (Dice). A word found only weakly ({@link #FLOOR}) is not paired.
 * When the names cut their words differently (Abdelkader / Abd el Kader), the names written together are compared
 * too.
 */
final class NameComparator {

    /** Below this, two words are not the same name. */
    static final double FLOOR = 0.6;
    /** What a pair under this similarity still counts for, relative to its similarity: a weak pair is half a pair. */
    static final double WEAK = 0.8;
    /**
     * The part of the score that is the share of the shorter name found; the rest is the share of both (Dice). Mostly
     * Dice: a name with one more word than the other is less likely the same person (Mohamed Ahmed Salem is not
     * Mohamed Ahmed), though it may be.
     */
    static final double COVERAGE = 0.25;

    private NameComparator() {}

    /** The score of two names and its explanation, word by word. */
    record Result(double score, List<TokenMatch> matches, boolean reordered, boolean joined) {}

    /** The similarity of word {@code i} of the query with word {@code j} of the listed name. */
    interface Similarities {
        double of(int i, int j);
    }

    /** Which word of the listed name each query word is paired with (-1: none), and the weight they share. */
    private record Pairing(int[] pairedWith, boolean[] usedB, double shared) {}

    static Result compare(ParsedName query, ParsedName listed) {
        List<Token> a = query.tokens();
        List<Token> b = listed.tokens();
        if (a.isEmpty() || b.isEmpty()) {
            return new Result(0, List.of(), false, false);
        }
        TokenMatch[][] matrix = new TokenMatch[a.size()][b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                matrix[i][j] = TokenComparator.compare(a.get(i), b.get(j));
            }
        }
        Pairing pairing = pair(a, b, (i, j) -> matrix[i][j].similarity());
        double score = score(query, listed, pairing.shared());

        List<TokenMatch> matches = new ArrayList<>();
        boolean reordered = false;
        int lastJ = -1;
        for (int i = 0; i < a.size(); i++) {
            int j = pairing.pairedWith()[i];
            if (j >= 0) {
                matches.add(matrix[i][j]);
                if (a.get(i).kind().strong() && b.get(j).kind().strong()) {
                    reordered |= j < lastJ;
                    lastJ = Math.max(lastJ, j);
                }
            } else {
                matches.add(new TokenMatch(a.get(i).written(), null, 0, unmatchedRule(a.get(i))));
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (!pairing.usedB()[j]) {
                matches.add(new TokenMatch(null, b.get(j).written(), 0, unmatchedRule(b.get(j))));
            }
        }
        if (query.nameWords() != listed.nameWords()) {
            double joined = TokenComparator.joined(query, listed) * TokenComparator.TABLE;
            if (joined > score && joined >= WEAK) {
                List<TokenMatch> together = new ArrayList<>();
                together.add(new TokenMatch(written(a), written(b), joined, Rule.JOINED));
                return new Result(joined, together, false, true);
            }
        }
        return new Result(score, List.copyOf(matches), reordered, false);
    }

    /**
     * The score {@link #compare} gives, from word similarities known beforehand (an index's), without its explanation:
     * at least {@code needed} when compare's is; names written together are compared only when the words fall short.
     */
    static double score(ParsedName query, ParsedName listed, Similarities similarities, double needed) {
        List<Token> a = query.tokens();
        List<Token> b = listed.tokens();
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double score = score(query, listed, pair(a, b, similarities).shared());
        if (score < needed && query.nameWords() != listed.nameWords()) {
            // Only a joined similarity that would change the outcome is worth computing in full.
            double joined = TokenComparator.joined(query, listed, Math.max(needed, WEAK) / TokenComparator.TABLE)
                    * TokenComparator.TABLE;
            if (joined > score && joined >= WEAK) {
                return joined;
            }
        }
        return score;
    }

    private static double score(ParsedName query, ParsedName listed, double shared) {
        double weightA = query.weight();
        double weightB = listed.weight();
        double score =
                COVERAGE * shared / Math.min(weightA, weightB) + (1 - COVERAGE) * 2 * shared / (weightA + weightB);
        return Math.min(1, score);
    }

    /** Words paired greedily, the pair that brings most first: a name pair before a particle pair. */
    private static Pairing pair(List<Token> a, List<Token> b, Similarities similarities) {
        double[][] similarity = new double[a.size()][b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                similarity[i][j] = similarities.of(i, j);
            }
        }
        boolean[] usedA = new boolean[a.size()];
        boolean[] usedB = new boolean[b.size()];
        int[] pairedWith = new int[a.size()];
        java.util.Arrays.fill(pairedWith, -1);
        double shared = 0;
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = -1;
            for (int i = 0; i < a.size(); i++) {
                if (usedA[i]) {
                    continue;
                }
                for (int j = 0; j < b.size(); j++) {
                    if (usedB[j]) {
                        continue;
                    }
                    double value = similarity[i][j]
                            * Math.min(a.get(i).weight(), b.get(j).weight());
                    if (similarity[i][j] >= FLOOR && value > best) {
                        best = value;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            usedA[bi] = true;
            usedB[bj] = true;
            pairedWith[bi] = bj;
            double counted = similarity[bi][bj] >= WEAK ? similarity[bi][bj] : similarity[bi][bj] * 0.5;
            shared += counted * Math.min(a.get(bi).weight(), b.get(bj).weight());
        }
        return new Pairing(pairedWith, usedB, shared);
    }

    private static Rule unmatchedRule(Token token) {
        return switch (token.kind()) {
            case PARTICLE -> Rule.PARTICLE;
            case ORGANISATION_FORM -> Rule.ORGANISATION_FORM;
            default -> Rule.UNMATCHED;
        };
    }

    private static String written(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            if (token.kind() == TokenKind.NAME || token.kind() == TokenKind.KUNYA) {
                out.append(out.length() == 0 ? "" : " ").append(token.written());
            }
        }
        return out.toString();
    }
}
