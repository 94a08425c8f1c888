package org.g5sahel.pcms.firearms.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;
import org.g5sahel.pcms.firearms.model.StockpileImport;

/** Import reports, read through the visibility predicate (the importing agency, by default). */
@ApplicationScoped
public class StockpileImportRepository implements SovereignRepository<StockpileImport, UUID> {}
