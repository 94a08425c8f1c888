package org.g5sahel.pcms.aml.service;

import java.time.Instant;
import java.util.List;

/**
 * What an import changes in the list in force: entries added, amended, delisted and relisted (with references),
 * how many are unchanged, whether the file is older than the list in force, and whether the share of delisted
 * entries calls for a confirmation (then {@code confirmation} is the token to send back as {@code ?confirm=}).
 */
public record DiffView(
        String code,
        Instant fileGeneratedAt,
        Instant listGeneratedAt,
        boolean olderThanListInForce,
        long activeInForce,
        double delistedShare,
        double maxDelistedShare,
        boolean confirmationRequired,
        String confirmation,
        List<EntryRef> added,
        List<EntryRef> amended,
        List<EntryRef> delisted,
        List<EntryRef> relisted,
        int unchanged) {}
