package org.g5sahel.pcms.matching;

import java.util.Set;

/**
 * The blocking keys a service stores with each listed name (see {@link KeyScheme}), and their version: keys of
 * another version must be computed again before they are compared.
 *
 * @param version {@link KeyScheme#VERSION} and the digest of the romanisation table, {@code 1-3f2a…}
 * @param keys    the keys of every word of the name (or names)
 */
public record MatchKeys(String version, Set<String> keys) {

    public MatchKeys {
        keys = Set.copyOf(keys);
    }

    /** Whether two key sets of the same version share a key: whether the listed name is a candidate. */
    public boolean meets(MatchKeys other) {
        if (!version.equals(other.version)) {
            throw new IllegalArgumentException("Keys of versions " + version + " and " + other.version);
        }
        Set<String> small = keys.size() <= other.keys.size() ? keys : other.keys;
        Set<String> large = small == keys ? other.keys : keys;
        return small.stream().anyMatch(large::contains);
    }
}
