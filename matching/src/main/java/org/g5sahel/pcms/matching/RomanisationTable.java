package org.g5sahel.pcms.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Known spellings of the same name: clusters of one Arabic-script token and its Latin spellings
 * ({@code محمد → mohamed mohammed muhammad}). One signal among several in {@link NameMatching}: two words of one
 * cluster are the same name ({@link Rule#TABLE}); every other word is compared by the spelling rules, so that the
 * engine works on names the table never held. The table is an input of the engine, not only its resource, so that
 * quality can be measured on clusters the engine was not given.
 */
public final class RomanisationTable {

    /** One name: its Arabic-script form (may be empty) and the Latin spellings seen for it. */
    public record Cluster(String arabic, List<String> latin) {
        public Cluster {
            arabic = arabic == null ? "" : arabic.strip();
            latin = List.copyOf(latin);
        }
    }

    private static final String RESOURCE = "/org/g5sahel/pcms/matching/arabic-name-romanisation-variants.tsv";

    private final List<Cluster> clusters;
    private final String digest;

    private RomanisationTable(List<Cluster> clusters) {
        this.clusters = List.copyOf(clusters);
        this.digest = digestOf(this.clusters);
    }

    public static RomanisationTable of(List<Cluster> clusters) {
        return new RomanisationTable(clusters);
    }

    /** No known spellings: the rules alone. */
    public static RomanisationTable empty() {
        return new RomanisationTable(List.of());
    }

    /** The table shipped with the module (see its PROVENANCE.md). */
    public static RomanisationTable standard() {
        try (InputStream in = RomanisationTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines {@code arabic TAB spelling spelling …}; blank lines and lines starting with # are skipped. */
    public static RomanisationTable read(Reader reader) throws IOException {
        List<Cluster> clusters = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2) {
                continue;
            }
            clusters.add(new Cluster(columns[0], List.of(columns[1].strip().split("\\s+"))));
        }
        return new RomanisationTable(clusters);
    }

    public List<Cluster> clusters() {
        return clusters;
    }

    /** A short digest of the content: keys computed with another table must be computed again. */
    public String digest() {
        return digest;
    }

    private static String digestOf(List<Cluster> clusters) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Cluster cluster : clusters) {
                sha.update((cluster.arabic() + "\t" + String.join(" ", cluster.latin()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
