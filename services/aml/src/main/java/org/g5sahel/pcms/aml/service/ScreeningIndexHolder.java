package org.g5sahel.pcms.aml.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.g5sahel.pcms.aml.config.AmlConfig;
import org.g5sahel.pcms.aml.model.SanctionsList;
import org.g5sahel.pcms.aml.repository.SanctionsEntryRepository;
import org.g5sahel.pcms.aml.repository.SanctionsListRepository;
import org.g5sahel.pcms.aml.screening.IndexedEntry;
import org.g5sahel.pcms.aml.screening.ScreeningIndex;
import org.g5sahel.pcms.matching.NameMatching;

/**
 * The screening index of the active entries of every list in the matching engine, rebuilt when an import (in this
 * process or another instance) has changed the lists. Callers run in a transaction; screening then filters by the lists they may see.
 */
@ApplicationScoped
public class ScreeningIndexHolder {

    private final SanctionsListRepository lists;
    private final SanctionsEntryRepository entries;
    private final NameMatching engine;
    private volatile Built built;

    private record Built(long stamp, ScreeningIndex index) {}

    public ScreeningIndexHolder(SanctionsListRepository lists, SanctionsEntryRepository entries, AmlConfig config) {
        this.lists = lists;
        this.entries = entries;
        // Each screening decides under its own policy; the engine's is the configured one.
        this.engine = NameMatching.builder()
                .policy(config.screening().policy(config.screening().nameAlone()))
                .build();
    }

    public ScreeningIndex current() {
        long stamp = lists.stamp();
        Built current = built;
        if (current != null && current.stamp() == stamp) {
            return current.index();
        }
        synchronized (this) {
            if (built != null && built.stamp() == stamp) {
                return built.index();
            }
            Map<UUID, IndexedEntry.ListRef> refs = lists.listAll().stream()
                    .collect(Collectors.toMap(
                            list -> list.id, (SanctionsList list) -> new IndexedEntry.ListRef(list.code, list.name)));
            ScreeningIndex index = new ScreeningIndex(
                    engine,
                    entries.active().stream()
                            .map(entry -> IndexedEntry.of(
                                    entry.id,
                                    refs.get(entry.listId),
                                    entry.referenceNumber,
                                    entry.kind,
                                    entry.primaryName,
                                    entry.content))
                            .toList());
            built = new Built(stamp, index);
            return index;
        }
    }
}
