package org.g5sahel.pcms.firearms.rest;

import java.util.List;

import org.g5sahel.pcms.commons.sovereignty.RecordHit;
import org.g5sahel.pcms.firearms.model.Firearm;
import org.g5sahel.pcms.firearms.service.FirearmService;

/**
 * The answer to a serial search: the records the caller may read, and for the others only that they exist and who
 * holds them ({@code reference} is what an access request quotes).
 */
public record SearchView(List<FirearmView> matches, List<RecordHit> hits, boolean hiddenHitQuotaExhausted) {

    public static SearchView of(FirearmService.SearchResult result) {
        return new SearchView(result.matches().stream().map(FirearmView::of).toList(),
                result.hiddenHits().stream().map(SearchView::hit).toList(), result.hiddenHitQuotaExhausted());
    }

    private static RecordHit hit(Firearm firearm) {
        return RecordHit.of(FirearmService.RECORD_TYPE, firearm.id, firearm.sovereignty);
    }
}
