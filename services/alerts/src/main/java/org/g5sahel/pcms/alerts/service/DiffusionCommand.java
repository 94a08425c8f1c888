package org.g5sahel.pcms.alerts.service;

import java.util.List;
import org.g5sahel.pcms.alerts.model.Notice;
import org.g5sahel.pcms.commons.sovereignty.HandlingCode;

/** A diffusion as {@link NoticeService} sends it, at once, to the States chosen. */
public record DiffusionCommand(
        Notice.Kind kind,
        String title,
        String summary,
        List<String> subjectNames,
        String actionRequested,
        List<String> recipientStates,
        HandlingCode handlingCode,
        String handlingRestriction) {}
