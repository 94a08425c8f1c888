package org.g5sahel.pcms.alerts.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.alerts.model.Notice;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;

public record NoticeView(
        UUID id,
        String reference,
        Notice.Type type,
        Notice.Kind kind,
        Notice.Status status,
        String title,
        String summary,
        List<String> subjectNames,
        String actionRequested,
        String author,
        String reviewer,
        String reviewReason,
        Instant reviewedAt,
        Instant publishedAt,
        String sourceType,
        String sourceId,
        Instant createdAt,
        Instant updatedAt,
        SovereigntyView sharing) {

    public static NoticeView of(Notice notice) {
        return new NoticeView(
                notice.id,
                notice.reference,
                notice.type,
                notice.kind,
                notice.status,
                notice.title,
                notice.summary,
                List.copyOf(notice.subjectNames),
                notice.actionRequested,
                notice.authorUsername,
                notice.reviewerUsername,
                notice.reviewReason,
                notice.reviewedAt,
                notice.publishedAt,
                notice.sourceType,
                notice.sourceId,
                notice.createdAt,
                notice.updatedAt,
                SovereigntyView.of(notice.sovereignty));
    }
}
