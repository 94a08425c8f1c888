package org.g5sahel.pcms.matching;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Reads names into {@link ParsedName tokens}: words ({@link NameText}), their kind ({@link Particles}), "servant of"
 * joined to the name it belongs to (Abd al-Qadir is one name), sounds ({@link Sound}), consonants, Double Metaphone
 * codes and the romanisation-table clusters of each word.
 */
final class NameReader {

    private static final int[] NONE = {};
    private static final Transliterator ARABIC_TO_ASCII = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");

    /** Cluster numbers by Arabic-script text and by the sound of each Latin spelling. */
    private final Map<String, int[]> clusters;

    private final DoubleMetaphone metaphone = new DoubleMetaphone();

    NameReader(RomanisationTable table) {
        Map<String, TreeSet<Integer>> byKey = new HashMap<>();
        List<RomanisationTable.Cluster> all = table.clusters();
        for (int i = 0; i < all.size(); i++) {
            RomanisationTable.Cluster cluster = all.get(i);
            for (NameText.Word word : NameText.words(cluster.arabic())) {
                if (word.script() == NameText.Script.ARABIC) {
                    byKey.computeIfAbsent("ar:" + word.text(), k -> new TreeSet<>())
                            .add(i);
                }
            }
            for (String spelling : cluster.latin()) {
                for (NameText.Word word : NameText.words(spelling)) {
                    if (word.script() == NameText.Script.LATIN) {
                        byKey.computeIfAbsent("la:" + Sound.ofLatin(word.text()), k -> new TreeSet<>())
                                .add(i);
                    }
                }
            }
        }
        Map<String, int[]> frozen = new HashMap<>();
        byKey.forEach((key, ids) ->
                frozen.put(key, ids.stream().mapToInt(Integer::intValue).toArray()));
        this.clusters = Map.copyOf(frozen);
        metaphone.setMaxCodeLen(6);
    }

    /** @param organisation true or false when known; null to decide from the words (a legal form makes it one) */
    ParsedName read(String name, Boolean organisation) {
        List<NameText.Word> words = NameText.words(name);
        boolean isOrganisation = organisation != null
                ? organisation
                : Particles.looksLikeOrganisation(
                        words.stream().map(NameText.Word::text).toList());
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            NameText.Word word = words.get(i);
            if (Particles.isServantOf(word.text()) && i + 1 < words.size()) {
                // Abd al-Qadir, Abdel Kader, عبد القادر: one name, as Abdelkader is written.
                StringBuilder written = new StringBuilder(word.written());
                StringBuilder text = new StringBuilder(word.text());
                int j = i + 1;
                while (j < words.size()
                        && Particles.kind(words.get(j).text(), false) == TokenKind.PARTICLE
                        && j + 1 < words.size()) {
                    written.append(' ').append(words.get(j).written());
                    text.append(words.get(j).text());
                    j++;
                }
                written.append(' ').append(words.get(j).written());
                text.append(words.get(j).text());
                tokens.add(token(written.toString(), text.toString(), word.script(), TokenKind.NAME));
                i = j;
                continue;
            }
            TokenKind kind = Particles.kind(word.text(), isOrganisation);
            if (kind == TokenKind.NAME && word.text().length() == 1) {
                kind = TokenKind.INITIAL;
            }
            tokens.add(token(word.written(), word.text(), word.script(), kind));
        }
        return ParsedName.of(name, tokens, isOrganisation);
    }

    /** A c before a vowel, not in sc: how Turkish spelling writes the sound j. */
    private static final java.util.regex.Pattern TURKISH_C = java.util.regex.Pattern.compile("(?<!s)c(?=[aeiou])");

    private Token token(String written, String text, NameText.Script script, TokenKind kind) {
        boolean arabic = script == NameText.Script.ARABIC;
        if (kind == TokenKind.PARTICLE) {
            String canonical = Particles.canonical(text);
            return new Token(written, text, script, kind, List.of(canonical), canonical, NONE, new String[0]);
        }
        List<String> sounds = new ArrayList<>(2);
        sounds.add(arabic ? Sound.ofArabic(text) : Sound.ofLatin(text));
        String bare = Particles.withoutGluedArticle(text);
        if (bare != null) {
            String sound = arabic ? Sound.ofArabic(bare) : Sound.ofLatin(bare);
            if (!sound.isEmpty() && !sounds.contains(sound)) {
                sounds.add(sound);
            }
        }
        if (!arabic && TURKISH_C.matcher(text).find()) {
            // Turkish spelling writes ج as c (Cemil / Jamil, Cevdet / Jawdat): the word read that way too.
            String sound = Sound.ofLatin(TURKISH_C.matcher(text).replaceAll("j"));
            if (!sound.isEmpty() && !sounds.contains(sound)) {
                sounds.add(sound);
            }
        }
        int[] ids = arabic
                ? union(clusters.get("ar:" + text), bare == null ? null : clusters.get("ar:" + bare))
                : union(clusters.get("la:" + sounds.get(0)), null);
        String ascii = arabic ? ARABIC_TO_ASCII.transliterate(text).replaceAll("[^A-Za-z]", "") : text;
        String[] codes = ascii.isEmpty()
                ? new String[0]
                : new String[] {metaphone.doubleMetaphone(ascii), metaphone.doubleMetaphone(ascii, true)};
        return new Token(written, text, script, kind, List.copyOf(sounds), Sound.consonants(sounds.get(0)), ids, codes);
    }

    private static int[] union(int[] a, int[] b) {
        if (a == null) {
            return b == null ? NONE : b;
        }
        if (b == null) {
            return a;
        }
        return Arrays.stream(concat(a, b)).distinct().sorted().toArray();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
