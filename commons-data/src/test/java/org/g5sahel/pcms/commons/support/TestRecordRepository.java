package org.g5sahel.pcms.commons.support;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.commons.sovereignty.SovereignRepository;

@ApplicationScoped
public class TestRecordRepository implements SovereignRepository<TestRecord, UUID> {
}
