package org.g5sahel.pcms.directory.service;

/**
 * One step of keeping Keycloak in line with the directory: what it concerns, and what was (or, in a dry run, would be)
 * done to it.
 */
public record IdentityChange(Action action, String target, String detail) {

    public enum Action {
        CREATE,
        UPDATE,
        DELETE,
        UNCHANGED,
        SIGN_OUT
    }

    public boolean changes() {
        return action != Action.UNCHANGED;
    }

    static IdentityChange unchanged(String target) {
        return new IdentityChange(Action.UNCHANGED, target, "");
    }
}
