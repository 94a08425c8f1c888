package org.g5sahel.pcms.firearms.rest;

import java.util.List;
import org.g5sahel.pcms.firearms.service.FirearmService;

/**
 * The answer to a serial search: the records the caller may read, and for the others only what a hit reveals
 * ({@link FirearmHitView}).
 */
public record SearchView(List<FirearmView> matches, List<FirearmHitView> hits, boolean hiddenHitQuotaExhausted) {

    public static SearchView of(FirearmService.SearchResult result, HitViews hitViews) {
        return new SearchView(
                result.matches().stream().map(FirearmView::of).toList(),
                result.hiddenHits().stream().map(hitViews::of).toList(),
                result.hiddenHitQuotaExhausted());
    }
}
