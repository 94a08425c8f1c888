package org.g5sahel.pcms.aml.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.g5sahel.pcms.aml.imports.ParsedEntry;
import org.g5sahel.pcms.aml.imports.ParsedList;
import org.g5sahel.pcms.aml.model.EntryKind;
import org.g5sahel.pcms.aml.model.EntryStatus;
import org.g5sahel.pcms.aml.model.ListKind;
import org.g5sahel.pcms.aml.model.SanctionsEntry;
import org.g5sahel.pcms.aml.model.SanctionsEntryChange;
import org.g5sahel.pcms.aml.model.SanctionsImport;
import org.g5sahel.pcms.aml.model.SanctionsList;
import org.g5sahel.pcms.aml.repository.SanctionsEntryRepository;
import org.g5sahel.pcms.aml.repository.SanctionsListRepository;
import org.g5sahel.pcms.commons.audit.AuditAction;
import org.g5sahel.pcms.commons.audit.AuditLog;
import org.g5sahel.pcms.commons.audit.AuditedRecord;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports of sanctions lists. A file is applied whole or not at all, in one transaction: new references are added,
 * changed ones updated (their previous content kept in the history), references absent from the file are marked
 * delisted (never deleted), and delisted references that come back are relisted. Importing the same file again changes
 * no entry.
 */
@ApplicationScoped
public class SanctionsService {

    public static final String UN_CODE = "UN";
    /** The UN list is reference data held by the regional unit for everyone. */
    private static final String REGIONAL_UNIT = "G5";
    private static final String REGIONAL_AGENCY = "G5-URC";

    private final SanctionsListRepository lists;
    private final SanctionsEntryRepository entries;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock = Clock.systemUTC();

    public SanctionsService(SanctionsListRepository lists, SanctionsEntryRepository entries,
            EntityManager entityManager, AuditLog auditLog, Outbox outbox, ObjectMapper mapper) {
        this.lists = lists;
        this.entries = entries;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Transactional
    public SanctionsImport importUn(Caller caller, ParsedList parsed, byte[] file) {
        SanctionsList list = lists.lockByCode(UN_CODE).orElseGet(() -> newList(UN_CODE,
                "Liste récapitulative du Conseil de sécurité des Nations Unies", ListKind.UN,
                Sovereignty.publicReference(REGIONAL_UNIT, REGIONAL_AGENCY)));
        return apply(caller, list, parsed, file);
    }

    /** A national list: created at its first import, owned by the importing FIU, visible to the G5 by default. */
    @Transactional
    public SanctionsImport importNational(Caller caller, String code, String name, ParsedList parsed, byte[] file) {
        if (!code.startsWith(caller.state() + "-")) {
            throw new ProblemException(ProblemType.FORBIDDEN, "sanctions.national-code", caller.state());
        }
        SanctionsList list = lists.lockByCode(code).orElseGet(() -> newList(code,
                name == null || name.isBlank() ? code : name.strip(), ListKind.NATIONAL,
                Sovereignty.ownedBy(caller, null, Distribution.G5, Period.ofYears(5), LocalDate.now(clock))));
        if (list.kind != ListKind.NATIONAL || !list.sovereignty.maySharingBeChangedBy(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "sanctions.not-your-list", code);
        }
        return apply(caller, list, parsed, file);
    }

    private SanctionsList newList(String code, String name, ListKind kind, Sovereignty sovereignty) {
        SanctionsList list = new SanctionsList();
        list.id = UUID.randomUUID();
        list.code = code;
        list.name = name;
        list.kind = kind;
        list.sovereignty = sovereignty;
        list.createdAt = clock.instant();
        lists.persist(list);
        lists.flush();
        return list;
    }

    private SanctionsImport apply(Caller caller, SanctionsList list, ParsedList parsed, byte[] file) {
        Instant now = clock.instant();
        SanctionsImport run = new SanctionsImport();
        run.id = UUID.randomUUID();
        run.listId = list.id;
        run.fileSha256 = sha256(file);
        run.importedBy = caller.username();
        run.importedAt = now;
        run.individuals = (int) parsed.count(EntryKind.INDIVIDUAL);
        run.entities = (int) parsed.count(EntryKind.ENTITY);
        entityManager.persist(run);
        Map<String, SanctionsEntry> existing = new HashMap<>();
        for (SanctionsEntry entry : entries.ofList(list.id)) {
            existing.put(entry.referenceNumber, entry);
        }
        Set<String> seen = new HashSet<>();
        for (ParsedEntry parsedEntry : parsed.entries()) {
            seen.add(parsedEntry.referenceNumber());
            String hash = hash(parsedEntry);
            SanctionsEntry entry = existing.get(parsedEntry.referenceNumber());
            if (entry == null) {
                entry = new SanctionsEntry();
                entry.id = UUID.randomUUID();
                entry.listId = list.id;
                entry.referenceNumber = parsedEntry.referenceNumber();
                entry.firstSeenAt = now;
                entry.status = EntryStatus.ACTIVE;
                fill(entry, parsedEntry, hash, now);
                entries.persist(entry);
                history(entry, run, SanctionsEntryChange.Change.ADDED, null, now);
                run.added++;
            } else if (entry.status == EntryStatus.DELISTED) {
                history(entry, run, SanctionsEntryChange.Change.RELISTED, entry.content, now);
                entry.status = EntryStatus.ACTIVE;
                entry.delistedAt = null;
                fill(entry, parsedEntry, hash, now);
                run.relisted++;
            } else if (!entry.contentHash.equals(hash) || entry.kind != parsedEntry.kind()) {
                history(entry, run, SanctionsEntryChange.Change.UPDATED, entry.content, now);
                fill(entry, parsedEntry, hash, now);
                run.updated++;
            } else {
                run.unchanged++;
            }
        }
        for (SanctionsEntry entry : existing.values()) {
            if (!seen.contains(entry.referenceNumber) && entry.status == EntryStatus.ACTIVE) {
                history(entry, run, SanctionsEntryChange.Change.DELISTED, entry.content, now);
                entry.status = EntryStatus.DELISTED;
                entry.delistedAt = now;
                entry.lastChangedAt = now;
                run.delisted++;
            }
        }
        // Moving the list's version tells every instance to rebuild its screening index.
        list.lastImportedAt = now;
        if (parsed.generatedAt() != null) {
            list.generatedAt = parsed.generatedAt();
        }
        entityManager.flush();
        auditLog.record(caller, AuditAction.UPDATE, AuditedRecord.of(ScreeningService.LIST_RECORD, list.id,
                list.sovereignty, list.code, list.name), null, String.format("added %d, updated %d, delisted %d, relisted %d, unchanged %d",
                        run.added, run.updated, run.delisted, run.relisted, run.unchanged));
        outbox.publish("sanctions-list", "imported", list.id, list.sovereignty, Map.of("code", list.code,
                "added", run.added, "updated", run.updated, "delisted", run.delisted, "relisted", run.relisted));
        return run;
    }

    private static void fill(SanctionsEntry entry, ParsedEntry parsed, String hash, Instant now) {
        entry.kind = parsed.kind();
        entry.primaryName = parsed.primaryName();
        entry.listedOn = parsed.listedOn();
        entry.content = parsed.content();
        entry.contentHash = hash;
        entry.lastChangedAt = now;
    }

    private void history(SanctionsEntry entry, SanctionsImport run, SanctionsEntryChange.Change change,
            org.g5sahel.pcms.aml.model.EntryContent previous, Instant now) {
        SanctionsEntryChange row = new SanctionsEntryChange();
        row.id = UUID.randomUUID();
        row.entryId = entry.id;
        row.importId = run.id;
        row.change = change;
        row.previousContent = previous;
        row.changedAt = now;
        entityManager.persist(row);
    }

    /** The entry's content in canonical JSON, hashed: equal content, equal hash, whatever the import. */
    private String hash(ParsedEntry entry) {
        try {
            return sha256(mapper.writeValueAsBytes(List.of(entry.kind().name(), entry.primaryName(),
                    String.valueOf(entry.listedOn()), entry.content())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entry cannot be serialised", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
