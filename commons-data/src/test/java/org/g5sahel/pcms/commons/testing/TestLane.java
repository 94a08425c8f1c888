package org.g5sahel.pcms.commons.testing;

/**
 * Lets two checkouts run the same service's tests at once on one machine: with {@code PCMS_TEST_LANE=b2} their
 * databases, exchange and queues carry {@code b2} and never meet another lane's. Unset, the names are the usual ones.
 */
final class TestLane {

    private static final String LANE = laneFromEnvironment();

    private TestLane() {}

    /** The lane after a separator, or nothing. */
    static String suffix(String separator) {
        return LANE.isEmpty() ? "" : separator + LANE;
    }

    /** The lane before a separator, or nothing. */
    static String prefix(String separator) {
        return LANE.isEmpty() ? "" : LANE + separator;
    }

    private static String laneFromEnvironment() {
        String lane = System.getenv().getOrDefault("PCMS_TEST_LANE", "");
        if (!lane.matches("^[a-z0-9]{0,12}$")) {
            throw new IllegalArgumentException("PCMS_TEST_LANE is a short lower-case name, not " + lane);
        }
        return lane;
    }
}
