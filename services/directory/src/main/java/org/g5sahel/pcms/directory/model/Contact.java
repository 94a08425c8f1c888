package org.g5sahel.pcms.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereignRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A point of contact or liaison officer of an agency: a sovereign record (default distribution G5). */
@Entity
@Table(name = "contact")
public class Contact extends SovereignRecord {

    @Id
    public UUID id;

    @Column(name = "agency_code", nullable = false, updatable = false)
    public String agencyCode;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String rank;

    public String function;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> phones = new ArrayList<>();

    @Column(name = "secure_email")
    public String secureEmail;

    public String availability;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> competences = new ArrayList<>();

    @Column(name = "liaison_officer", nullable = false)
    public boolean liaisonOfficer;

    @Column(nullable = false)
    public boolean active = true;

    /** Folded name then id: a unique, stable sort key that is also the keyset cursor. */
    @Column(name = "sort_key", nullable = false)
    public String sortKey;

    @Column(name = "search_text", nullable = false)
    public String searchText;
}
