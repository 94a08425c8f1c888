package org.g5sahel.pcms.directory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A member State, the regional unit or a partner: reference data maintained by migrations. */
@Entity
@Immutable
@Table(name = "jurisdiction")
public class Jurisdiction {

    @Id
    public String code;

    public String kind;

    @Column(name = "name_fr")
    public String nameFr;

    @Column(name = "name_en")
    public String nameEn;
}
