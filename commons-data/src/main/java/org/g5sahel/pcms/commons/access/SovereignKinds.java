package org.g5sahel.pcms.commons.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every kind of sovereign record this service keeps; records are found by id alone (ids are UUIDs). */
@ApplicationScoped
public class SovereignKinds {

    private final List<SovereignKind<?>> kinds;

    public SovereignKinds(Instance<SovereignKind<?>> kinds) {
        this.kinds = kinds.stream().toList();
    }

    /** The record {@code id} names, with the kind that keeps it. */
    public Optional<Located> find(UUID id) {
        for (SovereignKind<?> kind : kinds) {
            Optional<SovereignKind.Found> found = kind.find(id);
            if (found.isPresent()) {
                return Optional.of(new Located(kind, found.get()));
            }
        }
        return Optional.empty();
    }

    /** Every kind, for the use cases that go through all the records of the service (the retention review). */
    public List<SovereignKind<?>> all() {
        return kinds;
    }

    public record Located(SovereignKind<?> kind, SovereignKind.Found record) {}
}
