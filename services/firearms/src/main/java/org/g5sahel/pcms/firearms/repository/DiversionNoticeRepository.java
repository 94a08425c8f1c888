package org.g5sahel.pcms.firearms.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.firearms.model.DiversionNotice;

/** Diversion notices, read through the visibility predicate: the seizing agency and the matched record's State. */
@ApplicationScoped
public class DiversionNoticeRepository implements SovereignRepository<DiversionNotice, UUID> {

    /** {@code concerningState}: only notices about records of that State (the ones it must act on). */
    public List<DiversionNotice> list(Caller caller, String concerningState, Keyset after, int fetch) {
        return ConcerningLists.list(this, "matchedOwnerState", caller, concerningState, after, fetch);
    }
}
