package org.g5sahel.pcms.aml.model;

/** The UN Security Council consolidated list or a national list. */
public enum ListKind {
    UN, NATIONAL
}
