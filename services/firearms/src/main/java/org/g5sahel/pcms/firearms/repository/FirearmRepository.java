package org.g5sahel.pcms.firearms.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.persistence.Keyset;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.firearms.marking.Serials;
import org.g5sahel.pcms.firearms.model.Firearm;
import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FirearmType;

/** Firearm records, always read through the visibility predicate (and hidden hits through its negation). */
@ApplicationScoped
public class FirearmRepository implements SovereignRepository<Firearm, UUID> {

    /**
     * Filters of a list or serial search; null fields do not filter.
     *
     * @param makes the compact names of a make's family ({@code service/Makes})
     */
    public record Filter(
            Serials.Query serial,
            Set<String> makes,
            String calibreKey,
            FirearmType type,
            FirearmStatus status,
            String ownerState) {

        String where() {
            StringBuilder where = new StringBuilder("1 = 1");
            if (serial != null) {
                where.append(" and ").append(serial.condition());
            } else {
                // Archived at the end of its review: out of everyday lists, still found by serial for tracing.
                where.append(" and archivedAt is null");
            }
            if (makes != null) {
                where.append(" and makeCompact in :makes");
            }
            if (calibreKey != null) {
                where.append(" and calibreKey = :calibreKey");
            }
            if (type != null) {
                where.append(" and type = :type");
            }
            if (status != null) {
                where.append(" and status = :status");
            }
            if (ownerState != null) {
                where.append(" and sovereignty.ownerState = :ownerState");
            }
            return where.toString();
        }

        Parameters parameters() {
            Parameters parameters = new Parameters();
            if (serial != null) {
                parameters.and("serial", serial.value());
            }
            if (makes != null) {
                parameters.and("makes", makes);
            }
            if (calibreKey != null) {
                parameters.and("calibreKey", calibreKey);
            }
            if (type != null) {
                parameters.and("type", type);
            }
            if (status != null) {
                parameters.and("status", status);
            }
            if (ownerState != null) {
                parameters.and("ownerState", ownerState);
            }
            return parameters;
        }
    }

    /** Visible records, newest first, after the keyset position {@code (createdAt, id)} when given. */
    public List<Firearm> list(Caller caller, Filter filter, Keyset after, int fetch) {
        String where = filter.where();
        Parameters parameters = filter.parameters();
        if (after != null) {
            where += " and " + Keyset.after("createdAt");
            parameters.and("afterAt", after.at()).and("afterId", after.id());
        }
        return findVisible(caller, where, Sort.descending("createdAt", "id"), parameters)
                .page(0, fetch)
                .list();
    }

    /**
     * Records of other States than the searcher's, reported lost or stolen, that the search matches: their owners are
     * told of the search whether or not the searcher may read them or learn of them.
     */
    public List<Firearm> reportedMissingOfOtherStates(String searcherState, Filter filter) {
        return list(
                filter.where() + " and status in :missing and sovereignty.ownerState <> :searcherState",
                Sort.by("createdAt"),
                filter.parameters()
                        .and("missing", FirearmStatus.REPORTED_MISSING)
                        .and("searcherState", searcherState));
    }

    public List<Firearm> hiddenHits(Caller caller, Filter filter, int fetch) {
        return findHiddenHits(caller, filter.where(), filter.parameters())
                .page(0, fetch)
                .list();
    }

    /** The agency's own record of this physical firearm, whatever its distribution. */
    public Optional<Firearm> findOwned(String ownerAgency, String makeKey, String serialNormalised) {
        return find(
                        "sovereignty.ownerAgency = ?1 and makeKey = ?2 and serialNormalised = ?3",
                        ownerAgency,
                        makeKey,
                        serialNormalised)
                .firstResultOptional();
    }

    /**
     * Records of other States in one of {@code statuses} with a make of this family and this folded serial, for
     * diversion detection and recovered hits. Deliberately not limited to what the finder may see: the owner is told
     * whatever the finder can see; what the finder is told is decided separately (hit / no-hit, discoverable).
     */
    public List<Firearm> recordsOfOtherStates(
            String finderState, Set<FirearmStatus> statuses, Set<String> makes, String serialFolded) {
        return list(
                "status in ?1 and sovereignty.ownerState <> ?2 and makeCompact in ?3 and serialFolded = ?4",
                Sort.by("createdAt"),
                statuses,
                finderState,
                makes,
                serialFolded);
    }
}
