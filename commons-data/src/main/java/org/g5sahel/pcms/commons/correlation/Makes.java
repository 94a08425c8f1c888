package org.g5sahel.pcms.commons.correlation;

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
 * for the family of rifles. The reference table {@code correlation/makes.txt} (sources in
 * {@code correlation/PROVENANCE.md}) puts every name of a make in one family; a make it does not know is a family of
 * its own name. Names are compared by their {@link #compact} form, so "H & K", "H&K" and "hk" are one name. The
 * firearms registry compares makes by family, and every holder of a firearm keys it by its family
 * ({@link IdentifierKeys#firearm}), so that a case's "Kalachnikov" meets a registry's "AK-47".
 */
public final class Makes {

    static final String TABLE = "correlation/makes.txt";

    private static final Map<String, Family> FAMILIES = load(TABLE);

    /** A make's names, compact, and the one that stands for them all: the compact form of its usual name. */
    record Family(String key, Set<String> names) {}

    private Makes() {}

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
        Family family = FAMILIES.get(compact);
        return family == null ? Set.of(compact) : family.names();
    }

    /**
     * One name for the make's whole family: the compact form of the usual name the table gives first, or the make's own
     * compact form when the table does not know it. Every name of a family has the same key.
     */
    public static String familyKey(String make) {
        String compact = compact(make);
        Family family = FAMILIES.get(compact);
        return family == null ? compact : family.key();
    }

    /** Reads the table; a name given to two makes is a mistake in the table, and the service does not start. */
    static Map<String, Family> load(String resource) {
        Map<String, Family> families = new HashMap<>();
        for (List<String> names : lines(resource)) {
            Family family = new Family(
                    compact(names.get(0)),
                    names.stream()
                            .map(Makes::compact)
                            .filter(name -> !name.isEmpty())
                            .collect(Collectors.toUnmodifiableSet()));
            for (String name : family.names()) {
                Family previous = families.putIfAbsent(name, family);
                if (previous != null) {
                    throw new IllegalStateException(resource + ": the name '" + name + "' belongs to two makes: "
                            + previous.names() + " and " + family.names());
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
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> Arrays.asList(line.split(";")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
