package org.g5sahel.pcms.aml.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.SanctionsList;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

@ApplicationScoped
public class SanctionsListRepository implements SovereignRepository<SanctionsList, UUID> {

    public List<SanctionsList> visible(Caller caller) {
        return findVisible(caller, null, Sort.by("code"), new Parameters()).list();
    }

    /** Other States' lists the caller cannot read but whose hits may reveal they exist (national lists). */
    public List<SanctionsList> hiddenButDiscoverable(Caller caller) {
        return findHiddenHits(caller, "true = true", new Parameters()).list();
    }

    public Optional<SanctionsList> visibleByCode(Caller caller, String code) {
        return findVisible(caller, "code = :code", Sort.by("code"), Parameters.with("code", code))
                .firstResultOptional();
    }

    /** For imports: the list whatever its visibility, locked so that two imports of one list run one after the other. */
    public Optional<SanctionsList> lockByCode(String code) {
        return find("code", code)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Changes whenever any list is imported: the screening index is rebuilt when it moves. */
    public long stamp() {
        return ((Number) getEntityManager()
                        .createQuery("select coalesce(sum(version), 0) + count(*) from SanctionsList")
                        .getSingleResult())
                .longValue();
    }
}
