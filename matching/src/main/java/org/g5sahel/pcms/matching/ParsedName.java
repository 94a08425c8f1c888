package org.g5sahel.pcms.matching;

import java.util.List;

/**
 * A name read into {@link Token tokens}, in the order written.
 *
 * @param written      the name as given
 * @param tokens       its words, particles and legal forms included
 * @param organisation whether it is read as an organisation's name
 */
record ParsedName(String written, List<Token> tokens, boolean organisation) {

    /** How many words say who it is (names, not particles, titles or legal forms). */
    int strongTokens() {
        return (int) tokens.stream().filter(token -> token.kind().strong()).count();
    }

    double weight() {
        return tokens.stream().mapToDouble(Token::weight).sum();
    }
}
