package org.g5sahel.pcms.matching;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The blocking keys of a word, version {@link #VERSION}: what a listed name is found by before it is scored. Two words
 * that {@link TokenComparator} finds alike share a key (measured: {@code MatchingQualityTest} compares candidate
 * generation with a full scan):
 * <ul>
 * <li>{@code c:} the coarse consonant skeleton ({@link Sound#coarse}: b/p, f/v, t/d/θ, z/ð, k/g/χ/ɣ, j/ʒ/ʧ/ʃ merged,
 * vowels, h, y and w dropped), so Mohamed and محمد ({@code mmd}… {@code mhmd} → {@code mmd}) meet;</li>
 * <li>{@code c:} also that skeleton with one consonant left out, for skeletons of two consonants or more, so that
 * one consonant more, less or written differently (Derviş / Darwish: {@code trfj} / {@code trj}; Olga / Olha:
 * {@code lk} / {@code l}) still meets;</li>
 * <li>{@code d:} for shorter skeletons, each consonant with its place, so that Muath / Muaz ({@code mt} / {@code mz})
 * meet on their {@code m};</li>
 * <li>{@code m:} the Double Metaphone code;</li>
 * <li>{@code t:} the romanisation-table cluster, numbered in the table the keys were computed with.</li>
 * </ul>
 * Particles, titles, kunya and legal forms have no key: they decide nothing alone.
 */
public final class KeyScheme {

    /**
     * Bump when the keys of a word may change: {@link Sound}, {@link Particles}, {@link NameText} or this class. The
     * keys also depend on the romanisation table: {@link MatchKeys#version()} adds its digest.
     */
    public static final String VERSION = "2";

    private KeyScheme() {}

    static Set<String> keys(Token token) {
        Set<String> keys = strictKeys(token);
        if (token.kind() != TokenKind.NAME) {
            return keys;
        }
        for (String sound : token.sounds()) {
            String coarse = Sound.coarse(Sound.consonants(sound));
            if (coarse.length() >= 3) {
                for (int i = 0; i < coarse.length(); i++) {
                    keys.add("c:" + coarse.substring(0, i) + coarse.substring(i + 1));
                }
            } else {
                // A short skeleton: one consonant changed is another skeleton of the same shape; pair each consonant
                // with its place so that mt / mz (Muath / Muaz) meet on m1.
                for (int i = 0; i < coarse.length(); i++) {
                    keys.add("d:" + coarse.length() + i + coarse.charAt(i));
                }
                // And one consonant more or less: Olga / Olha (lk / l), Homma / Honma (m / nm).
                if (coarse.length() == 2) {
                    keys.add("c:" + coarse.charAt(0));
                    keys.add("c:" + coarse.charAt(1));
                }
            }
        }
        return keys;
    }

    /**
     * The keys two spellings of one word share when nothing scores them afterwards (keys hashed and compared across
     * registries): the whole coarse skeleton of each sound, the Double Metaphone codes and the table clusters — not the
     * keys of a skeleton with a consonant left out or of one consonant in its place, which only propose candidates
     * for a score to decide (Ahmed and Traoré share one).
     */
    static Set<String> strictKeys(Token token) {
        Set<String> keys = new LinkedHashSet<>();
        if (token.kind() != TokenKind.NAME) {
            return keys;
        }
        for (String sound : token.sounds()) {
            String coarse = Sound.coarse(Sound.consonants(sound));
            keys.add(coarse.isEmpty() ? "v:" + sound : "c:" + coarse);
        }
        for (String code : token.metaphone()) {
            if (code.length() >= 2) {
                keys.add("m:" + code);
            }
        }
        for (int cluster : token.clusters()) {
            keys.add("t:" + cluster);
        }
        return keys;
    }

    /**
     * The keys of a name written together ({@link Rule#JOINED}: Abou Bakr / Aboubacar): its names' coarse consonant
     * skeleton, and that skeleton with one consonant left out. Names cut differently are compared written together
     * only when these meet.
     */
    static Set<String> joinedKeys(ParsedName name) {
        StringBuilder sound = new StringBuilder();
        for (Token token : name.tokens()) {
            if (token.kind() == TokenKind.NAME || token.kind() == TokenKind.KUNYA) {
                sound.append(token.sound());
            }
        }
        String coarse = Sound.coarse(Sound.consonants(sound.toString()));
        Set<String> keys = new LinkedHashSet<>();
        keys.add("j:" + coarse);
        for (int i = 0; i < coarse.length(); i++) {
            keys.add("j:" + coarse.substring(0, i) + coarse.substring(i + 1));
        }
        return keys;
    }
}
