package org.g5sahel.pcms.commons.access;

import org.g5sahel.pcms.commons.identity.Caller;

/**
 * Fired in the transaction that changed an access request, for a service that keeps a history of its records (the
 * cases timeline). {@code actor} is null when the platform acted (a grant past its end date).
 */
public record AccessRequestChanged(AccessRequest request, String recordType, Caller actor) {}
