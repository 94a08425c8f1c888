package org.g5sahel.pcms.aml.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Goods or a service exchanged in a report (goAML {@code goods_services/item}): gold, stones, vehicles, real estate,
 * consultancy … with their value and, for metals and stones, their size or weight.
 */
@Entity
@Table(name = "report_goods")
public class ReportGoods {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    public Report report;

    /** The transaction the goods were exchanged in; none for goods of the report's activity. */
    @Column(name = "transaction_id")
    public UUID transactionId;

    /** goAML item type code ({@code GOLD}, {@code DIMND}, {@code VHCLE} …). */
    @Column(name = "item_type", nullable = false)
    public String itemType;

    @Column(name = "item_make")
    public String itemMake;

    public String description;

    @Column(name = "estimated_value", precision = 19, scale = 4)
    public BigDecimal estimatedValue;

    @Column(name = "disposed_value", precision = 19, scale = 4)
    public BigDecimal disposedValue;

    /** ISO 4217, of both values. */
    public String currency;

    /** Size or weight, in {@link #sizeUnit}. */
    @Column(precision = 19, scale = 4)
    public BigDecimal size;

    @Column(name = "size_unit")
    public String sizeUnit;

    /** goAML item status code ({@code SOLD}, {@code PRCHS} …). */
    @Column(name = "status_code")
    public String statusCode;

    @Column(name = "registration_date")
    public LocalDate registrationDate;

    @Column(name = "registration_number")
    public String registrationNumber;

    @Column(name = "identification_number")
    public String identificationNumber;

    @Column(name = "previously_registered_to")
    public String previouslyRegisteredTo;

    @Column(name = "presently_registered_to")
    public String presentlyRegisteredTo;

    public String comments;

    @Column(nullable = false)
    public int position;
}
