package org.g5sahel.pcms.alerts.service;

import java.time.Instant;
import java.util.List;
import org.g5sahel.pcms.alerts.model.AlertArea;
import org.g5sahel.pcms.alerts.model.AlertInfo;
import org.g5sahel.pcms.alerts.model.CapCategory;
import org.g5sahel.pcms.alerts.model.CapStatus;
import org.g5sahel.pcms.alerts.model.Certainty;
import org.g5sahel.pcms.alerts.model.Severity;
import org.g5sahel.pcms.alerts.model.Urgency;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/** An alert as {@link AlertService} creates or replaces it; {@code sharing} applies at creation only. */
public record AlertCommand(
        List<CapCategory> categories,
        String event,
        Urgency urgency,
        Severity severity,
        Certainty certainty,
        CapStatus capStatus,
        Instant effective,
        Instant expires,
        List<AlertInfo> infos,
        List<AlertArea> areas,
        SharingTerms sharing) {}
