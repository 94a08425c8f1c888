package org.g5sahel.pcms.matching;

/**
 * One line of an explanation: a word of the query, the word of the listed name it was taken for, how alike they are
 * (0–1) and by which rule. A word without a counterpart has {@link Rule#UNMATCHED} and a null on the other side.
 */
public record TokenMatch(String query, String listed, double similarity, Rule rule) {}
