package org.g5sahel.pcms.firearms.model;

/** How another State came upon a firearm reported lost or stolen. */
public enum FoundThrough {
    SEIZURE,
    SEARCH,
    TRACE_REQUEST
}
