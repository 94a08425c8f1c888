package org.g5sahel.pcms.commons.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

@ApplicationScoped
public class TestRecordRepository implements SovereignRepository<TestRecord, UUID> {}
