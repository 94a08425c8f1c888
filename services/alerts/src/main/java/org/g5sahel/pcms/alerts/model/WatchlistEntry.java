package org.g5sahel.pcms.alerts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A watch-list entry: a person, vehicle, travel document, container, vessel or company, with what to do on a match.
 * The details are kept as written; {@code nameKeys} and {@code identifiers} are their normalised forms for screening.
 */
@Entity
@Table(name = "watchlist_entry")
public class WatchlistEntry extends SovereignRecord {

    public enum Kind {
        PERSON,
        VEHICLE,
        TRAVEL_DOCUMENT,
        CONTAINER,
        VESSEL,
        COMPANY
    }

    public enum Action {
        ARREST,
        REPORT,
        DISCREET_CHECK,
        INSPECT
    }

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    /** What officers read in lists: the main name, plate, number. */
    @Column(nullable = false)
    public String label;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public WatchlistDetails details;

    /** Every name and alias, normalised for screening (folded, particles and order kept as written). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "name_keys", nullable = false)
    public List<String> nameKeys = new ArrayList<>();

    /** Strong identifiers, normalised: {@code DOC:…}, {@code PLATE:…}, {@code CONTAINER:…}, {@code IMO:…}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> identifiers = new ArrayList<>();

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "birth_year")
    public Integer birthYear;

    public String nationality;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_requested", nullable = false)
    public Action actionRequested;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "sort_key", nullable = false, updatable = false)
    public String sortKey;
}
