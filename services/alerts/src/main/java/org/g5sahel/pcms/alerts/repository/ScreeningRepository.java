package org.g5sahel.pcms.alerts.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.Screening;

/** Screening runs, written once for the audit trail. */
@ApplicationScoped
public class ScreeningRepository implements PanacheRepositoryBase<Screening, UUID> {}
