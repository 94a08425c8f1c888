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
 * @param joined       the sounds of those words written together, compared when names cut their words differently
 * @param joinedArabic whether one of those words is in Arabic script
 */
record ParsedName(
        String written,
        List<Token> tokens,
        boolean organisation,
        double weight,
        int strongTokens,
        int nameWords,
        String joined,
        boolean joinedArabic) {

    static ParsedName of(String written, List<Token> tokens, boolean organisation) {
        double weight = 0;
        int strong = 0;
        int nameWords = 0;
        StringBuilder joined = new StringBuilder();
        boolean joinedArabic = false;
        for (Token token : tokens) {
            weight += token.weight();
            strong += token.kind().strong() ? 1 : 0;
            if (token.kind() == TokenKind.NAME || token.kind() == TokenKind.KUNYA) {
                nameWords++;
                joined.append(token.sound());
                joinedArabic |= token.arabic();
            }
        }
        return new ParsedName(
                written, List.copyOf(tokens), organisation, weight, strong, nameWords, joined.toString(), joinedArabic);
    }
}
