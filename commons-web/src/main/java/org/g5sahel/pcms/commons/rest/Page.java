package org.g5sahel.pcms.commons.rest;

import java.util.List;

/**
 * One page of a list, in a stable order. {@code next} is the opaque cursor of the following page, absent on the last.
 */
public record Page<T>(List<T> items, String next) {

    /** The hard maximum page size of every list of the platform. */
    public static final int MAX_LIMIT = 200;

    public static final int DEFAULT_LIMIT = 50;

    /** The same page with its items converted, cursor unchanged. */
    public <R> Page<R> mapItems(java.util.function.Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells that there is a next page.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, java.util.function.Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, Cursors.encode(cursorOf.apply(items.get(limit - 1))));
    }
}
