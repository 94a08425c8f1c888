package org.g5sahel.pcms.alerts.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.alerts.model.Screening;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Screening runs, written once for the audit trail. */
@ApplicationScoped
public class ScreeningRepository implements PanacheRepositoryBase<Screening, UUID> {
}
