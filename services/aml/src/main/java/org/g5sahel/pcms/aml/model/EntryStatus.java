package org.g5sahel.pcms.aml.model;

/** Whether an entry is on the list as last imported. */
public enum EntryStatus {
    ACTIVE,
    DELISTED
}
