package org.g5sahel.pcms.bench.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Personal names built from the project's Arabic-name romanisation table (Wikidata-mined, CC0: each line an Arabic
 * token and the Latin spellings seen for it), and spelling variants of them: another romanisation of each token, the
 * kinship particle dropped or changed, the order reversed. The same approach as the services' quality tests, written
 * again here: watched names use one spelling, screened names another.
 */
public final class Names {

    /** Particles of Sahelian names as watch lists write them (none, ould, ag, ben, el-, abou). */
    private static final String[] PARTICLES = {"", "ould ", "ag ", "ben ", "el-", "abou "};
    /** Common family names of the region, for names that are on no list. */
    private static final String[] SAHEL_SURNAMES = {
        "Traore",
        "Diallo",
        "Maiga",
        "Cisse",
        "Toure",
        "Keita",
        "Sow",
        "Coulibaly",
        "Ouedraogo",
        "Sawadogo",
        "Issoufou",
        "Mahamadou",
        "Abakar",
        "Kabore",
        "Sangare",
        "Diarra"
    };

    /** Spellings of one name, in Latin letters only (a-z), at least two of them. */
    private final List<List<String>> clusters;

    private Names(List<List<String>> clusters) {
        this.clusters = clusters;
    }

    /** The table as the matching module ships it. */
    public static Names load(Path root) throws IOException {
        Path table = root.resolve(
                "matching/src/main/resources/org/g5sahel/pcms/matching/arabic-name-romanisation-variants.tsv");
        List<List<String>> clusters = new ArrayList<>();
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            if (columns.length < 2) {
                continue;
            }
            Set<String> spellings = new LinkedHashSet<>();
            for (String spelling : columns[1].split(" ")) {
                if (spelling.matches("[a-z]{3,}")) {
                    spellings.add(spelling);
                }
            }
            if (spellings.size() >= 2) {
                clusters.add(List.copyOf(spellings));
            }
        }
        return new Names(clusters);
    }

    public int clusters() {
        return clusters.size();
    }

    /** A watched person's name: the first spelling of two clusters, with a particle. */
    public record Watched(int first, int particle, int last, String name) {}

    /** The name of watched person {@code i}, always the same for the same {@code i}. */
    public Watched watched(long i) {
        Random random = new Random(0x5043_4d53L ^ i * 0x9E37_79B9_7F4A_7C15L);
        int first = random.nextInt(clusters.size());
        int last = random.nextInt(clusters.size());
        int particle = random.nextInt(PARTICLES.length);
        return new Watched(
                first,
                particle,
                last,
                capitalised(clusters.get(first).get(0)) + " " + PARTICLES[particle]
                        + capitalised(clusters.get(last).get(0)));
    }

    /**
     * How a traveller's document or a bank's form may spell the same person: another spelling of each name, the
     * particle dropped half of the time, the order reversed a third of the time.
     */
    public String variant(Watched watched, Random random) {
        String first = capitalised(otherSpelling(clusters.get(watched.first()), random));
        String last = capitalised(otherSpelling(clusters.get(watched.last()), random));
        String particle = random.nextBoolean() ? "" : PARTICLES[watched.particle()];
        return random.nextInt(3) == 0 ? last + " " + first : first + " " + particle + last;
    }

    /** A name on no list: two given names of the table and a common family name of the region. */
    public String unlisted(Random random) {
        return capitalised(clusters.get(random.nextInt(clusters.size())).get(0)) + " "
                + capitalised(clusters.get(random.nextInt(clusters.size())).get(0)) + " "
                + SAHEL_SURNAMES[random.nextInt(SAHEL_SURNAMES.length)];
    }

    /** Another spelling of one name token found in the table; null when the token is in no cluster. */
    public String respelled(String token, Random random) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (List<String> cluster : clusters) {
            if (cluster.contains(lower)) {
                String other = otherSpelling(cluster, random, lower);
                return token.isEmpty() || !Character.isUpperCase(token.charAt(0)) ? other : capitalised(other);
            }
        }
        return null;
    }

    private static String otherSpelling(List<String> cluster, Random random) {
        return cluster.get(1 + random.nextInt(cluster.size() - 1));
    }

    private static String otherSpelling(List<String> cluster, Random random, String not) {
        List<String> others =
                cluster.stream().filter(spelling -> !spelling.equals(not)).toList();
        return others.get(random.nextInt(others.size()));
    }

    static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
