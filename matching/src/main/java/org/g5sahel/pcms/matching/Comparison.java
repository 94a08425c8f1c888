package org.g5sahel.pcms.matching;

import java.util.List;

/**
 * A query compared with a listed subject: the best pair of their names, its score in [0, 1] and why, word by word,
 * and the second signals.
 *
 * @param nameScore  how alike the best pair of names is (0–1)
 * @param queryName  the query's name of that pair, as written
 * @param listedName the listed subject's name of that pair, as written
 * @param tokens     the words of that pair, each with its counterpart and rule ({@link Rule#UNMATCHED} when none)
 * @param reordered  whether the words were found in another order
 * @param oneWord    whether either name of the pair has a single word that says who it is (a one-word alias such
 *                   as "Abou Abdallah"): such a name is never a hit alone ({@link Decision})
 * @param signals    date of birth, nationality, document
 */
public record Comparison(
        double nameScore,
        String queryName,
        String listedName,
        List<TokenMatch> tokens,
        boolean reordered,
        boolean oneWord,
        Signals signals) {

    public Comparison {
        tokens = List.copyOf(tokens);
    }

    static final Comparison NOTHING = new Comparison(0, null, null, List.of(), false, false, Signals.NONE);
}
