package org.g5sahel.pcms.cases.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One State's part of a controlled delivery's route, and that State's authorisation. */
@Embeddable
public class DeliveryLeg {

    public enum Role {
        ORIGIN,
        TRANSIT,
        DESTINATION
    }

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "handover_point", nullable = false)
    public String handoverPoint;

    public String authority;

    @Column(name = "authorisation_reference")
    public String authorisationReference;

    @Column(name = "authorised_on")
    public LocalDate authorisedOn;

    @Column(name = "authorised_by")
    public String authorisedBy;

    public boolean isAuthorised() {
        return authorisedBy != null;
    }
}
