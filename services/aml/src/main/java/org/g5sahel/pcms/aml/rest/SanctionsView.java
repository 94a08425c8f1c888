package org.g5sahel.pcms.aml.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.g5sahel.pcms.aml.model.EntryContent;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.g5sahel.pcms.aml.model.EntryStatus;
import org.g5sahel.pcms.aml.model.ListKind;
import org.g5sahel.pcms.aml.model.SanctionsEntry;
import org.g5sahel.pcms.aml.model.SanctionsEntryChange;
import org.g5sahel.pcms.aml.model.SanctionsImport;
import org.g5sahel.pcms.aml.model.SanctionsList;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;

/** Views of sanctions lists, their entries, imports and history. */
public final class SanctionsView {

    private SanctionsView() {}

    public record ListView(
            UUID id,
            String code,
            String name,
            ListKind kind,
            Instant generatedAt,
            Instant lastImportedAt,
            long activeEntries,
            long delistedEntries,
            SovereigntyView sharing) {

        public static ListView of(SanctionsList list, long active, long delisted) {
            return new ListView(
                    list.id,
                    list.code,
                    list.name,
                    list.kind,
                    list.generatedAt,
                    list.lastImportedAt,
                    active,
                    delisted,
                    SovereigntyView.of(list.sovereignty));
        }
    }

    public record EntryView(
            UUID id,
            String referenceNumber,
            EntryKind kind,
            String primaryName,
            EntryStatus status,
            LocalDate listedOn,
            EntryContent content,
            Instant firstSeenAt,
            Instant lastChangedAt,
            Instant delistedAt) {

        public static EntryView of(SanctionsEntry entry) {
            return new EntryView(
                    entry.id,
                    entry.referenceNumber,
                    entry.kind,
                    entry.primaryName,
                    entry.status,
                    entry.listedOn,
                    entry.content,
                    entry.firstSeenAt,
                    entry.lastChangedAt,
                    entry.delistedAt);
        }
    }

    public record ImportView(
            UUID id,
            String fileSha256,
            Instant generatedAt,
            String importedBy,
            Instant importedAt,
            String forcedReason,
            int individuals,
            int entities,
            int added,
            int updated,
            int delisted,
            int relisted,
            int unchanged) {

        public static ImportView of(SanctionsImport run) {
            return new ImportView(
                    run.id,
                    run.fileSha256,
                    run.generatedAt,
                    run.importedBy,
                    run.importedAt,
                    run.forcedReason,
                    run.individuals,
                    run.entities,
                    run.added,
                    run.updated,
                    run.delisted,
                    run.relisted,
                    run.unchanged);
        }
    }

    public record ChangeView(
            SanctionsEntryChange.Change change, UUID importId, Instant changedAt, EntryContent previousContent) {

        public static ChangeView of(SanctionsEntryChange change) {
            return new ChangeView(change.change, change.importId, change.changedAt, change.previousContent);
        }
    }
}
