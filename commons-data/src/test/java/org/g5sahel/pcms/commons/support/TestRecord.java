package org.g5sahel.pcms.commons.support;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/** The smallest sovereign entity: what a service's entity looks like to the shared library. */
@Entity
@Table(name = "test_record")
public class TestRecord {

    @Id
    public UUID id;

    public String label;

    /** Groups the rows of one test so that tests sharing the database never see each other's. */
    public String batch;

    @Embedded
    public Sovereignty sovereignty;

    @Version
    public long version;
}
