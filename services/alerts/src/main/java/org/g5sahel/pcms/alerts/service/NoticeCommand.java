package org.g5sahel.pcms.alerts.service;

import java.util.List;
import org.g5sahel.pcms.alerts.model.Notice;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/** A notice as {@link NoticeService} drafts it for review. */
public record NoticeCommand(
        Notice.Kind kind,
        String title,
        String summary,
        List<String> subjectNames,
        String actionRequested,
        SharingTerms sharing) {}
