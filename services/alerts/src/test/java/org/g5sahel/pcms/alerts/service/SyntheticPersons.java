package org.g5sahel.pcms.alerts.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Watched persons made of two names of the romanisation table (first spelling, with a particle or not), and one
 * variant of each written with other spellings, for the screening quality tests. Always the same persons: the seed
 * is fixed.
 */
record SyntheticPersons(List<String> watched, List<String> variants) {

    private static final String[] PARTICLES = { "", "ould ", "ag ", "ben ", "el-", "abou " };

    /**
     * @param clusters the spellings of each name, at least two each
     * @param joined   whether a quarter of the variants write both names as one word ("Abdallahi" style); otherwise a
     *                 third swap the order
     */
    static SyntheticPersons of(List<List<String>> clusters, int count, boolean joined) {
        Random random = new Random(20260314);
        List<String> watched = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> first = clusters.get(random.nextInt(clusters.size()));
            List<String> last = clusters.get(random.nextInt(clusters.size()));
            String particle = PARTICLES[random.nextInt(PARTICLES.length)];
            watched.add(first.get(0) + " " + particle + last.get(0));
            String variantFirst = first.get(1 + random.nextInt(first.size() - 1));
            String variantLast = last.get(1 + random.nextInt(last.size() - 1));
            // Half the variants drop the particle.
            String variantParticle = random.nextBoolean() ? "" : particle;
            if (joined) {
                variants.add(switch (random.nextInt(4)) {
                    case 0 -> variantLast + " " + variantFirst;
                    case 1 -> variantFirst + variantLast;
                    default -> variantFirst + " " + variantParticle + variantLast;
                });
            } else {
                variants.add(random.nextInt(3) == 0 ? variantLast + " " + variantFirst
                        : variantFirst + " " + variantParticle + variantLast);
            }
        }
        return new SyntheticPersons(watched, variants);
    }
}
