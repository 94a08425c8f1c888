package org.g5sahel.pcms.bench;

import java.time.Duration;

/**
 * Data set sizes and run lengths: {@code full} is what the issue asks for (about 25 minutes on two cores, most of it
 * loading ten million identifiers the first time), {@code quick} a small-scale try of every step in a few minutes.
 */
public record Scale(
        String name,
        int firearms,
        int watchlistEntries,
        int caseSubjects,
        int subscribingAgencies,
        Duration warmup,
        Duration measured,
        int fanOutIssues,
        int travellerVariants,
        int unIndividuals,
        int correlationRequests) {

    public static final Scale FULL = new Scale(
            "full",
            1_000_000,
            100_000,
            10_000_000,
            100,
            Duration.ofSeconds(5),
            Duration.ofSeconds(20),
            100,
            30,
            Integer.MAX_VALUE,
            200);
    public static final Scale QUICK = new Scale(
            "quick", 20_000, 2_000, 100_000, 100, Duration.ofSeconds(2), Duration.ofSeconds(5), 15, 10, 60, 40);

    /** For the JSON results. */
    public java.util.Map<String, Object> describe() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("name", name);
        map.put("firearms", firearms);
        map.put("watchlistEntries", watchlistEntries);
        map.put("caseSubjects", caseSubjects);
        map.put("subscribingAgencies", subscribingAgencies);
        map.put("warmupSeconds", warmup.toSeconds());
        map.put("measuredSeconds", measured.toSeconds());
        map.put("fanOutIssues", fanOutIssues);
        map.put("travellerVariants", travellerVariants);
        map.put("unIndividuals", unIndividuals == Integer.MAX_VALUE ? "all" : unIndividuals);
        map.put("correlationRequests", correlationRequests);
        return map;
    }

    public static Scale named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "quick" -> QUICK;
            default -> throw new IllegalArgumentException("scale: full or quick, not " + name);
        };
    }
}
