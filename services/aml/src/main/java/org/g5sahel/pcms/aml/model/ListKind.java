package org.g5sahel.pcms.aml.model;

/**
 * Where a sanctions list comes from: the UN Security Council consolidated list, a list published by a foreign
 * authority (US, EU, UK, Canada: codes not tied to a member State), both held by the regional unit for everyone, or a
 * national list of a member State's own authority, owned by that State's FIU.
 */
public enum ListKind {
    UN,
    FOREIGN,
    NATIONAL
}
