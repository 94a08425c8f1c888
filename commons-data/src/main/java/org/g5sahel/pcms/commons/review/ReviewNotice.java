package org.g5sahel.pcms.commons.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * That the owner of a record was told its review date is near ({@code DUE}) or past ({@code OVERDUE}): written in the
 * same transaction as the event, so that an owner hears of each review date once. Queries name it to skip records
 * already announced; rows are written by {@link Reviews} with {@code on conflict do nothing}.
 */
@Entity
@Table(name = "review_notice")
@IdClass(ReviewNotice.Key.class)
public class ReviewNotice {

    public static final String DUE = "DUE";
    public static final String OVERDUE = "OVERDUE";

    /** The record, its review date and the notice given. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID recordId;
        private LocalDate reviewBy;
        private String notice;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(recordId, key.recordId)
                    && Objects.equals(reviewBy, key.reviewBy)
                    && Objects.equals(notice, key.notice);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordId, reviewBy, notice);
        }
    }

    @Id
    @Column(name = "record_id")
    private UUID recordId;

    @Id
    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Id
    @Column(name = "notice")
    private String notice;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "announced_at", nullable = false, updatable = false)
    private Instant announcedAt;

    protected ReviewNotice() {}

    /**
     * HQL on a sovereign entity aliased {@code record} ({@link org.g5sahel.pcms.commons.access.SovereignKind#RECORD}):
     * {@code notice} was given for the review date the record has now.
     */
    static String given(String notice) {
        return "exists (select 1 from ReviewNotice n where n.recordId = record.id"
                + " and n.reviewBy = record.sovereignty.reviewBy"
                + " and n.notice = '" + notice + "')";
    }
}
