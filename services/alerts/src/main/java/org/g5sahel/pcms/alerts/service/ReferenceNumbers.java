package org.g5sahel.pcms.alerts.service;

import java.time.Year;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Human reference numbers, gapless per State, kind and year: {@code NE-ALERT-2026-000042}. */
@ApplicationScoped
public class ReferenceNumbers {

    private final EntityManager entityManager;

    public ReferenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Takes the next number in the caller's transaction: a rolled-back creation gives its number back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String state, String kind, Year year) {
        Number number = (Number) entityManager.createNativeQuery("""
                insert into reference_counter (owner_state, kind, year, last_number) values (:state, :kind, :year, 1)
                on conflict (owner_state, kind, year) do update set last_number = reference_counter.last_number + 1
                returning last_number""").setParameter("state", state).setParameter("kind", kind)
                .setParameter("year", year.getValue()).getSingleResult();
        return "%s-%s-%d-%06d".formatted(state, kind, year.getValue(), number.intValue());
    }
}
