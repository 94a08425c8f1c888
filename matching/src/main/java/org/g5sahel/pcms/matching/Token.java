package org.g5sahel.pcms.matching;

import java.util.List;

/**
 * One word of a name, read: as written, its comparable text (folded Latin, or Arabic letters), its kind, its sounds
 * (the first is the word's own; others, when there are, the word without a glued article and the word read as
 * Turkish spelling writes c), its consonants and the romanisation-table clusters it belongs to.
 */
record Token(
        String written,
        String text,
        NameText.Script script,
        TokenKind kind,
        List<String> sounds,
        String consonants,
        int[] clusters,
        String[] metaphone) {

    boolean arabic() {
        return script == NameText.Script.ARABIC;
    }

    String sound() {
        return sounds.get(0);
    }

    double weight() {
        return kind.weight();
    }

    /** The word as the officer reads it in an explanation. */
    @Override
    public String toString() {
        return written;
    }
}
