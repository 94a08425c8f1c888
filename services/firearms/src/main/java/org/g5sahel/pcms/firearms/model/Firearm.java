package org.g5sahel.pcms.firearms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;

/** A firearm record: markings as read on the weapon and in normalised forms, holder, custody and status. */
@Entity
@Table(name = "firearm")
public class Firearm extends SovereignRecord {

    @Id
    public UUID id;

    /** Human reference officers quote, e.g. {@code BF-FA-2026-000042}. */
    @Column(nullable = false, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FirearmType type;

    @Column(nullable = false)
    public String make;

    /** Accent- and case-folded make, for matching and filters. */
    @Column(name = "make_key", nullable = false)
    public String makeKey;

    /** The make without case, accents, spaces or punctuation, compared by family ({@code service/Makes}). */
    @Column(name = "make_compact", nullable = false)
    public String makeCompact;

    public String model;

    /** As given: unusual calibre notations are kept, never rejected. */
    public String calibre;

    @Column(name = "calibre_key")
    public String calibreKey;

    @Column(name = "serial_as_marked", nullable = false)
    public String serialAsMarked;

    @Column(name = "serial_normalised", nullable = false)
    public String serialNormalised;

    /** The normalised serial with look-alike characters folded (O→0, I→1, S→5, B→8). */
    @Column(name = "serial_folded", nullable = false)
    public String serialFolded;

    @Column(name = "manufacture_country")
    public String manufactureCountry;

    @Column(name = "manufacture_year")
    public Integer manufactureYear;

    @Column(name = "import_country")
    public String importCountry;

    @Column(name = "import_year")
    public Integer importYear;

    @Column(name = "other_markings")
    public String otherMarkings;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_category", nullable = false)
    public HolderCategory holderCategory;

    @Column(name = "custody_agency")
    public String custodyAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FirearmStatus status;

    /**
     * When its owner ended the record's review: a firearm record is never deleted (UN Firearms Protocol, art. 7), it
     * leaves everyday lists and the review and stays in the registry for searches by serial and tracing.
     */
    @Column(name = "archived_at")
    public Instant archivedAt;

    public void archive(Instant now) {
        archivedAt = now;
        updatedAt = now;
    }
}
