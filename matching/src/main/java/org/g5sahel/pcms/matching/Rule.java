package org.g5sahel.pcms.matching;

/**
 * Why two words were taken for the same name (or set aside). Each has a sentence in the officer's language
 * ({@code Messages} bundle, key {@code rule.NAME}).
 */
public enum Rule {
    /** Written the same (case, accents and look-alike letters aside). */
    EXACT,
    /** Two spellings of one name in the romanisation table. */
    TABLE,
    /** Arabic script against Latin letters, through transliteration and the spelling rules. */
    TRANSLITERATION,
    /** The same sound once romanisation habits are read (ou/u, kh, ch/sh, doubled letters, mute e). */
    SOUND,
    /** The same consonants in the same order; only vowels differ. */
    SKELETON,
    /** The same Beider–Morse phonetic code. */
    PHONETIC_BMPM,
    /** The same Double Metaphone code. */
    DOUBLE_METAPHONE,
    /** Close by spelling, with romanisation differences priced low (th/s, dh/z, j/g, j/y, p/b, vowels). */
    EDIT_COST,
    /** A particle (ould, ben, ag, al-, abou …) equated with another or set aside: it weighs almost nothing. */
    PARTICLE,
    /** A legal-form or generic word of an organisation name (SARL, Ltd, Trading, شركة): weighs little. */
    ORGANISATION_FORM,
    /** Words written together on one side and apart on the other (Abdelkader / Abd al-Qadir). */
    JOINED,
    /** Found, but in another order than in the other name. */
    REORDERED,
    /** A word of one name that has no counterpart in the other. */
    UNMATCHED
}
