package org.g5sahel.pcms.commons.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.util.Locale;

/**
 * Human reference numbers officers quote on the phone and in letters, {@code <ST>-<KIND>-<YEAR>-<NNNNNN>} (e.g.
 * {@code NE-CASE-2026-000042}), numbered per State, kind and year without gaps: the counter's row stays locked by the
 * caller's transaction until it commits, so a rolled-back creation gives its number back and two creations never take
 * the same one.
 */
@ApplicationScoped
public class ReferenceNumbers {

    private final EntityManager entityManager;

    public ReferenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Takes the next number of {@code state}'s {@code kind} in {@code year}, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String state, String kind, Year year) {
        Number number = (Number) entityManager
                .createNativeQuery("""
                insert into reference_number_counter (owner_state, kind, year, last_number)
                values (:state, :kind, :year, 1)
                on conflict (owner_state, kind, year)
                do update set last_number = reference_number_counter.last_number + 1
                returning last_number""")
                .setParameter("state", state)
                .setParameter("kind", kind)
                .setParameter("year", year.getValue())
                .getSingleResult();
        return String.format(Locale.ROOT, "%s-%s-%d-%06d", state, kind, year.getValue(), number.longValue());
    }
}
