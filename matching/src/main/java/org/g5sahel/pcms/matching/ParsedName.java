package org.g5sahel.pcms.matching;

import java.util.List;

/**
 * A name read into {@link Token tokens}, in the order written, with what comparisons ask of it again and again
 * counted once.
 *
 * @param written      the name as given
 * @param tokens       its words, particles and legal forms included
 * @param organisation whether it is read as an organisation's name
 * @param weight       the sum of its words' weights
 * @param strongTokens how many words say who it is (names, not particles, titles or legal forms)
 * @param nameWords    names and kunya: the words that written together make the name (Abou Bakr / Aboubacar)
 */
record ParsedName(
        String written, List<Token> tokens, boolean organisation, double weight, int strongTokens, int nameWords) {

    static ParsedName of(String written, List<Token> tokens, boolean organisation) {
        double weight = 0;
        int strong = 0;
        int nameWords = 0;
        for (Token token : tokens) {
            weight += token.weight();
            strong += token.kind().strong() ? 1 : 0;
            nameWords += token.kind() == TokenKind.NAME || token.kind() == TokenKind.KUNYA ? 1 : 0;
        }
        return new ParsedName(written, List.copyOf(tokens), organisation, weight, strong, nameWords);
    }
}
