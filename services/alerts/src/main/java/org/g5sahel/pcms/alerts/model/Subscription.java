package org.g5sahel.pcms.alerts.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An agency's wish to receive issued alerts: by category, threat (CAP event) and area. Empty criteria match
 * everything. A subscription never widens what the agency may see: delivery also requires the alert's distribution to
 * include it.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String agency;

    @Column(nullable = false, updatable = false)
    public String state;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> categories = new ArrayList<>();

    /** Threat types, compared with the alert's event case-insensitively. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> events = new ArrayList<>();

    /** Named areas (CAP geocode values). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "area_codes", nullable = false)
    public List<String> areaCodes = new ArrayList<>();

    @Column(name = "center_lat")
    public Double centerLat;

    @Column(name = "center_lon")
    public Double centerLon;

    @Column(name = "radius_km")
    public Double radiusKm;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
