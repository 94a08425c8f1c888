package org.g5sahel.pcms.aml.service;

import org.g5sahel.pcms.aml.imports.ForeignList;
import org.g5sahel.pcms.aml.model.ListKind;

/** The list an import goes into: its code, the name it takes when created, and its kind. */
public record ListTarget(String code, String name, ListKind kind) {

    public static final String UN_CODE = "UN";

    public static ListTarget un() {
        return new ListTarget(UN_CODE, "Liste récapitulative du Conseil de sécurité des Nations Unies", ListKind.UN);
    }

    public static ListTarget foreign(ForeignList list) {
        return new ListTarget(list.code(), list.listName(), ListKind.FOREIGN);
    }

    /** A national list: {@code name} defaults to the code. */
    public static ListTarget national(String code, String name) {
        return new ListTarget(code, name == null || name.isBlank() ? code : name.strip(), ListKind.NATIONAL);
    }

    /** The UN list and foreign lists are the regional unit's; national lists their FIU's. */
    public boolean regional() {
        return kind != ListKind.NATIONAL;
    }
}
