package org.g5sahel.pcms.firearms.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Human reference numbers officers quote on the phone and in letters, e.g. {@code NE-SZ-2026-000042}. */
@ApplicationScoped
public class References {

    /** The kinds of numbered records, each with its own database sequence. */
    public enum Kind {
        FIREARM("FA", "firearm_reference_seq"), SEIZURE("SZ", "seizure_reference_seq"),
        TRACE_REQUEST("TR", "trace_request_reference_seq");

        private final String code;
        private final String sequence;

        Kind(String code, String sequence) {
            this.code = code;
            this.sequence = sequence;
        }
    }

    private final EntityManager entityManager;
    private final Clock clock;

    public References(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public String next(Kind kind, String ownerState) {
        long number = ((Number) entityManager.createNativeQuery("select nextval('" + kind.sequence + "')")
                .getSingleResult()).longValue();
        return String.format("%s-%s-%d-%06d", ownerState, kind.code, LocalDate.now(clock).getYear(), number);
    }
}
