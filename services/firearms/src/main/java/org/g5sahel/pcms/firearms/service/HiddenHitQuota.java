package org.g5sahel.pcms.firearms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;
import org.g5sahel.pcms.firearms.config.FirearmsConfig;
import org.g5sahel.pcms.firearms.model.Firearm;

/**
 * How many hidden hits each caller may still receive today (DESIGN §2 rule 8): a caller who tries serial after serial
 * could otherwise map another State's registry "hit — contact agency X" by "hit — contact agency X". Past the quota,
 * hidden hits are withheld until the next UTC day and each owner whose records they would have revealed is warned once
 * that day, by an event its inbox receives ({@code firearms.search.enumeration-suspected}, addressed to that agency).
 */
@ApplicationScoped
public class HiddenHitQuota {

    private final EntityManager entityManager;
    private final FirearmsConfig config;
    private final Outbox outbox;
    private final Clock clock;

    public HiddenHitQuota(EntityManager entityManager, FirearmsConfig config, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a search took from the quota: how many hidden hits it may reveal, and whether none is left today. */
    public record Grant(int granted, boolean exhausted) {}

    /** Takes up to {@code wanted} hidden hits from the caller's quota of today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Grant take(Caller caller, int wanted) {
        LocalDate today = today();
        // The row is locked for the rest of the transaction: concurrent searches of one caller take turns.
        entityManager
                .createNativeQuery("insert into hidden_hit_quota (caller_username, day) values (:caller, :day)"
                        + " on conflict do nothing")
                .setParameter("caller", caller.username())
                .setParameter("day", today)
                .executeUpdate();
        int used = ((Number) entityManager
                        .createNativeQuery("select hits from hidden_hit_quota"
                                + " where caller_username = :caller and day = :day for update")
                        .setParameter("caller", caller.username())
                        .setParameter("day", today)
                        .getSingleResult())
                .intValue();
        int granted = Math.max(0, Math.min(wanted, config.hiddenHitsPerDay() - used));
        if (granted > 0) {
            entityManager
                    .createNativeQuery("update hidden_hit_quota set hits = hits + :granted"
                            + " where caller_username = :caller and day = :day")
                    .setParameter("granted", granted)
                    .setParameter("caller", caller.username())
                    .setParameter("day", today)
                    .executeUpdate();
        }
        return new Grant(granted, used + granted >= config.hiddenHitsPerDay());
    }

    /** Warns each owner of a withheld hit that was not warned about this caller today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void warnOwners(Caller caller, List<Firearm> withheld, String purpose) {
        LocalDate today = today();
        Map<String, Long> perAgency = new LinkedHashMap<>();
        Map<String, String> stateOf = new LinkedHashMap<>();
        for (Firearm firearm : withheld) {
            perAgency.merge(firearm.sovereignty.ownerAgency(), 1L, Long::sum);
            stateOf.put(firearm.sovereignty.ownerAgency(), firearm.sovereignty.ownerState());
        }
        for (Map.Entry<String, Long> owner : perAgency.entrySet()) {
            int newlyWarned = entityManager
                    .createNativeQuery(
                            "update hidden_hit_quota"
                                    + " set warned_agencies = array_append(warned_agencies, :agency)"
                                    + " where caller_username = :caller and day = :day and not (:agency = any(warned_agencies))")
                    .setParameter("agency", owner.getKey())
                    .setParameter("caller", caller.username())
                    .setParameter("day", today)
                    .executeUpdate();
            if (newlyWarned == 1) {
                outbox.publish(
                        "search",
                        "enumeration-suspected",
                        caller.username() + "/" + today,
                        Sovereignty.addressedTo(stateOf.get(owner.getKey()), owner.getKey()),
                        Map.of(
                                "searcherUsername",
                                caller.username(),
                                "searcherAgency",
                                caller.agency(),
                                "searcherState",
                                caller.state(),
                                "day",
                                today.toString(),
                                "hiddenHitsPerDay",
                                config.hiddenHitsPerDay(),
                                "withheldHits",
                                owner.getValue(),
                                "purpose",
                                purpose));
            }
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
