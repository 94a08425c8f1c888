package org.g5sahel.pcms.commons.audit;

/**
 * The result of walking the hash chain.
 *
 * @param intact       whether every row matches its hash and chains from its predecessor without a gap
 * @param rowsChecked  rows read
 * @param firstBadSeq  the first row that does not fit, when broken
 * @param reason       why it does not fit
 */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBadSeq, String reason) {}
