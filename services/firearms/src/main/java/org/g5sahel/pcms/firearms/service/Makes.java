package org.g5sahel.pcms.firearms.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.g5sahel.pcms.commons.rest.SearchText;
import org.g5sahel.pcms.commons.text.Lookalikes;

/**
 * Makes as officers write them: "Kalachnikov" in French, "Kalashnikov" in English, "Izhmash" for the factory, "AK"
 * for the family of rifles. The reference table {@code makes/makes.txt} (sources in {@code makes/PROVENANCE.md}) puts
 * every name of a make in one family; a make it does not know is a family of its own name. Names are compared by
 * their {@link #compact} form, so "H & K", "H&K" and "hk" are one name.
 */
public final class Makes {

    static final String TABLE = "makes/makes.txt";

    private static final Map<String, Set<String>> FAMILIES = load(TABLE);

    private Makes() {
    }

    /**
     * The make without case, accents, spaces, punctuation or look-alike letters of other scripts: what is stored to
     * compare makes ({@code make_compact}) and what the reference table is keyed by.
     */
    public static String compact(String make) {
        String folded = SearchText.fold(Lookalikes.foldToLatinIgnoringCase(make));
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The compact names of the make's family: every name the table gives it, or its own name when it is unknown. */
    public static Set<String> family(String make) {
        String compact = compact(make);
        return FAMILIES.getOrDefault(compact, Set.of(compact));
    }

    /** Reads the table; a name given to two makes is a mistake in the table, and the service does not start. */
    static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> families = new HashMap<>();
        for (List<String> names : lines(resource)) {
            Set<String> family = names.stream().map(Makes::compact).filter(name -> !name.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            for (String name : family) {
                Set<String> previous = families.putIfAbsent(name, family);
                if (previous != null) {
                    throw new IllegalStateException(resource + ": the name '" + name + "' belongs to two makes: "
                            + previous + " and " + family);
                }
            }
        }
        return Map.copyOf(families);
    }

    private static List<List<String>> lines(String resource) {
        InputStream in = Makes.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> Arrays.asList(line.split(";"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
