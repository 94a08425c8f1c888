package org.g5sahel.pcms.aml.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.g5sahel.pcms.aml.config.AmlConfig;
import org.g5sahel.pcms.aml.imports.ParsedEntry;
import org.g5sahel.pcms.aml.imports.ParsedList;
import org.g5sahel.pcms.aml.model.EntryContent;
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
import org.g5sahel.pcms.commons.identity.Jurisdictions;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.messaging.Outbox;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;
import org.g5sahel.pcms.commons.sovereignty.Distribution;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.commons.sovereignty.Sovereignty;

/**
 * Imports of sanctions lists. A file is applied whole or not at all, in one transaction: new references are added,
 * changed ones amended (their previous content kept in the history), references absent from the file are marked
 * delisted (never deleted), and delisted references that come back are relisted. Importing the same file again changes
 * no entry.
 *
 * <p>Two safeguards stand before a file replaces the list in force: a file generated before the list in force (an
 * older snapshot, which would delist every designation made since) is refused unless the regional coordinator forces it
 * with a reason, which is audited; a file that would delist more than {@code pcms.aml.sanctions.max-delisted-share} of
 * the entries in force is applied only with the confirmation token its diff carries. A dry run computes the diff and
 * changes nothing.
 */
@ApplicationScoped
public class SanctionsService {

    /** The header that carries the reason of a forced import (percent-encoded UTF-8). */
    public static final String FORCE_REASON_HEADER = "Pcms-Force-Reason";
    /** The audit outcome of a refused attempt, as commons writes it for records addressed by id. */
    private static final String REFUSED = "DENIED";
    /** The UN list and the foreign lists are reference data held by the regional unit for everyone. */
    private static final String REGIONAL_AGENCY = "G5-URC";

    private final SanctionsListRepository lists;
    private final SanctionsEntryRepository entries;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final AmlConfig config;
    private final Clock clock;

    public SanctionsService(
            SanctionsListRepository lists,
            SanctionsEntryRepository entries,
            EntityManager entityManager,
            AuditLog auditLog,
            Outbox outbox,
            ObjectMapper mapper,
            AmlConfig config,
            Clock clock) {
        this.lists = lists;
        this.entries = entries;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param dryRun       compute the diff and change nothing
     * @param force        import a file older than the list in force (regional coordinator, with a reason)
     * @param forceReason  why, recorded in the audit log and the import
     * @param confirmation the token of the diff, for an import that delists more than the allowed share
     */
    /** {@code distribution}: a new national list's, G5 when null (a State may keep a list to itself). */
    public record ImportOptions(
            boolean dryRun, boolean force, String forceReason, String confirmation, Distribution distribution) {}

    /** The diff of the file against the list in force, and the import if it was applied. */
    public record Outcome(DiffView diff, SanctionsImport run) {

        public Optional<SanctionsImport> applied() {
            return Optional.ofNullable(run);
        }
    }

    /**
     * Who imports what (DESIGN §1): the UN list and the foreign lists only the regional coordinator of the regional
     * unit; a national list only an FIU of that State, and once created only the FIU that owns it. Checked before the
     * file is read. A refused attempt on an existing list is audited for its owner (DESIGN §2 rule 9).
     */
    @Transactional
    public void checkMayImport(Caller caller, ListTarget target) {
        Optional<SanctionsList> existing = lists.find("code", target.code()).firstResultOptional();
        if (target.regional()) {
            if (!isRegionalCoordinator(caller)) {
                throw refused(caller, existing, "sanctions.regional-only", target.code());
            }
            return;
        }
        if (!caller.hasRole(Roles.FIU_ANALYST)) {
            throw refused(caller, existing, "sanctions.national-fiu-only", target.code());
        }
        if (!target.code().startsWith(caller.state() + "-")) {
            throw refused(caller, existing, "sanctions.national-code", caller.state());
        }
        if (existing.isPresent()
                && (existing.get().kind != ListKind.NATIONAL
                        || !existing.get().sovereignty.maySharingBeChangedBy(caller))) {
            throw refused(caller, existing, "sanctions.not-your-list", target.code());
        }
    }

    /** The 403, after recording the attempt in a transaction of its own: the request's own is rolled back. */
    private ProblemException refused(
            Caller caller, Optional<SanctionsList> list, String reasonKey, Object... arguments) {
        list.ifPresent(found -> QuarkusTransaction.requiringNew()
                .run(() -> auditLog.record(caller, AuditAction.UPDATE, audited(found), null, REFUSED)));
        return new ProblemException(ProblemType.FORBIDDEN, reasonKey, arguments);
    }

    @Transactional
    public Outcome importList(Caller caller, ListTarget target, ParsedList parsed, byte[] file, ImportOptions options) {
        checkMayImport(caller, target);
        Optional<SanctionsList> inForce = lists.lockByCode(target.code());
        if (inForce.isPresent() && inForce.get().kind != target.kind()) {
            throw new ProblemException(ProblemType.CONFLICT, "sanctions.kind-mismatch", target.code());
        }
        String fileSha256 = sha256(file);
        List<Step> steps = steps(inForce.map(list -> entries.ofList(list.id)).orElse(List.of()), parsed);
        DiffView diff = diff(target, inForce.orElse(null), parsed, steps, fileSha256);
        if (options.dryRun()) {
            return new Outcome(diff, null);
        }
        if (diff.olderThanListInForce()) {
            checkForced(caller, diff, options);
        }
        if (diff.confirmationRequired() && !diff.confirmation().equals(options.confirmation())) {
            return new Outcome(diff, null);
        }
        SanctionsList list = inForce.orElseGet(() -> newList(caller, target, options.distribution()));
        SanctionsImport run = apply(caller, list, parsed, steps, fileSha256);
        if (diff.olderThanListInForce()) {
            run.forcedReason = options.forceReason().strip();
            auditLog.record(
                    caller,
                    AuditAction.UPDATE,
                    audited(list),
                    run.forcedReason,
                    String.format(
                            "older list forced: file generated %s, list in force generated %s",
                            diff.fileGeneratedAt(), diff.listGeneratedAt()));
        }
        return new Outcome(diff, run);
    }

    private void checkForced(Caller caller, DiffView diff, ImportOptions options) {
        if (!options.force()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "sanctions.older-than-in-force",
                    diff.fileGeneratedAt(),
                    diff.listGeneratedAt());
        }
        if (!isRegionalCoordinator(caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "sanctions.force-regional-only");
        }
        if (options.forceReason() == null || options.forceReason().isBlank()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    List.of(new Problem.FieldError(FORCE_REASON_HEADER, "sanctions.force-reason-required")),
                    "validation-failed.detail",
                    1);
        }
    }

    private static boolean isRegionalCoordinator(Caller caller) {
        return caller.hasRole(Roles.REGIONAL_COORDINATOR) && Jurisdictions.REGIONAL_UNIT.equals(caller.state());
    }

    private SanctionsList newList(Caller caller, ListTarget target, Distribution distribution) {
        SanctionsList list = new SanctionsList();
        list.id = UUID.randomUUID();
        list.code = target.code();
        list.name = target.name();
        list.kind = target.kind();
        list.sovereignty = target.regional()
                ? Sovereignty.publicReference(Jurisdictions.REGIONAL_UNIT, REGIONAL_AGENCY)
                : Sovereignty.ownedBy(
                        caller,
                        distribution == null ? null : SharingTerms.of(distribution),
                        Distribution.G5,
                        Period.ofYears(5),
                        LocalDate.now(clock));
        list.createdAt = clock.instant();
        lists.persist(list);
        lists.flush();
        return list;
    }

    /** What the file does to one entry of the list in force (or to a new reference). */
    private record Step(SanctionsEntryChange.Change change, SanctionsEntry existing, ParsedEntry parsed, String hash) {

        EntryRef ref() {
            return parsed != null
                    ? new EntryRef(parsed.referenceNumber(), parsed.primaryName())
                    : new EntryRef(existing.referenceNumber, existing.primaryName);
        }
    }

    /** Every reference of the file and of the list in force, with what the import does to it (null: unchanged). */
    private List<Step> steps(List<SanctionsEntry> current, ParsedList parsed) {
        Map<String, SanctionsEntry> existing = new HashMap<>();
        for (SanctionsEntry entry : current) {
            existing.put(entry.referenceNumber, entry);
        }
        List<Step> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ParsedEntry parsedEntry : parsed.entries()) {
            seen.add(parsedEntry.referenceNumber());
            String hash = hash(parsedEntry);
            SanctionsEntry entry = existing.get(parsedEntry.referenceNumber());
            SanctionsEntryChange.Change change = entry == null
                    ? SanctionsEntryChange.Change.ADDED
                    : entry.status == EntryStatus.DELISTED
                            ? SanctionsEntryChange.Change.RELISTED
                            : !entry.contentHash.equals(hash) || entry.kind != parsedEntry.kind()
                                    ? SanctionsEntryChange.Change.UPDATED
                                    : null;
            steps.add(new Step(change, entry, parsedEntry, hash));
        }
        for (SanctionsEntry entry : current) {
            if (!seen.contains(entry.referenceNumber) && entry.status == EntryStatus.ACTIVE) {
                steps.add(new Step(SanctionsEntryChange.Change.DELISTED, entry, null, null));
            }
        }
        return steps;
    }

    private DiffView diff(
            ListTarget target, SanctionsList inForce, ParsedList parsed, List<Step> steps, String fileSha256) {
        long active = inForce == null ? 0 : entries.count(inForce.id, EntryStatus.ACTIVE);
        List<EntryRef> delisted = refs(steps, SanctionsEntryChange.Change.DELISTED);
        double share = active == 0 ? 0 : (double) delisted.size() / active;
        double maxShare = config.sanctions().maxDelistedShare();
        boolean confirmationRequired = !delisted.isEmpty() && share > maxShare;
        Instant listGeneratedAt = inForce == null ? null : inForce.generatedAt;
        boolean older = listGeneratedAt != null
                && parsed.generatedAt() != null
                && parsed.generatedAt().isBefore(listGeneratedAt);
        return new DiffView(
                target.code(),
                parsed.generatedAt(),
                listGeneratedAt,
                older,
                active,
                share,
                maxShare,
                confirmationRequired,
                confirmationRequired ? confirmationToken(inForce, fileSha256) : null,
                refs(steps, SanctionsEntryChange.Change.ADDED),
                refs(steps, SanctionsEntryChange.Change.UPDATED),
                delisted,
                refs(steps, SanctionsEntryChange.Change.RELISTED),
                (int) steps.stream().filter(step -> step.change() == null).count());
    }

    private static List<EntryRef> refs(List<Step> steps, SanctionsEntryChange.Change change) {
        return steps.stream()
                .filter(step -> step.change() == change)
                .map(Step::ref)
                .toList();
    }

    /**
     * Binds a confirmation to this file against this state of the list: another file, or the same file after another
     * import, needs a new confirmation.
     */
    private static String confirmationToken(SanctionsList list, String fileSha256) {
        return sha256((list.id + ":" + list.version + ":" + fileSha256).getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    private SanctionsImport apply(
            Caller caller, SanctionsList list, ParsedList parsed, List<Step> steps, String fileSha256) {
        Instant now = clock.instant();
        SanctionsImport run = new SanctionsImport();
        run.id = UUID.randomUUID();
        run.listId = list.id;
        run.fileSha256 = fileSha256;
        run.generatedAt = parsed.generatedAt();
        run.importedBy = caller.username();
        run.importedAt = now;
        run.individuals = (int) parsed.count(EntryKind.INDIVIDUAL);
        run.entities = (int) parsed.count(EntryKind.ENTITY);
        entityManager.persist(run);
        for (Step step : steps) {
            if (step.change() == null) {
                run.unchanged++;
                continue;
            }
            SanctionsEntry entry = step.existing();
            switch (step.change()) {
                case ADDED -> {
                    entry = new SanctionsEntry();
                    entry.id = UUID.randomUUID();
                    entry.listId = list.id;
                    entry.referenceNumber = step.parsed().referenceNumber();
                    entry.firstSeenAt = now;
                    entry.status = EntryStatus.ACTIVE;
                    fill(entry, step.parsed(), step.hash(), now);
                    entries.persist(entry);
                    history(entry, run, step.change(), null, now);
                    run.added++;
                }
                case RELISTED -> {
                    history(entry, run, step.change(), entry.content, now);
                    entry.status = EntryStatus.ACTIVE;
                    entry.delistedAt = null;
                    fill(entry, step.parsed(), step.hash(), now);
                    run.relisted++;
                }
                case UPDATED -> {
                    history(entry, run, step.change(), entry.content, now);
                    fill(entry, step.parsed(), step.hash(), now);
                    run.updated++;
                }
                case DELISTED -> {
                    history(entry, run, step.change(), entry.content, now);
                    entry.status = EntryStatus.DELISTED;
                    entry.delistedAt = now;
                    entry.lastChangedAt = now;
                    run.delisted++;
                }
            }
        }
        // Moving the list's version tells every instance to rebuild its screening index.
        list.lastImportedAt = now;
        if (parsed.generatedAt() != null) {
            list.generatedAt = parsed.generatedAt();
        }
        entityManager.flush();
        auditLog.record(
                caller,
                AuditAction.UPDATE,
                audited(list),
                null,
                String.format(
                        "added %d, updated %d, delisted %d, relisted %d, unchanged %d",
                        run.added, run.updated, run.delisted, run.relisted, run.unchanged));
        outbox.publish(
                "sanctions-list",
                "imported",
                list.id,
                list.sovereignty,
                Map.of(
                        "code",
                        list.code,
                        "added",
                        run.added,
                        "updated",
                        run.updated,
                        "delisted",
                        run.delisted,
                        "relisted",
                        run.relisted));
        return run;
    }

    static AuditedRecord audited(SanctionsList list) {
        return AuditedRecord.of(ScreeningService.LIST_RECORD, list.id, list.sovereignty, list.code, list.name);
    }

    private static void fill(SanctionsEntry entry, ParsedEntry parsed, String hash, Instant now) {
        entry.kind = parsed.kind();
        entry.primaryName = parsed.primaryName();
        entry.listedOn = parsed.listedOn();
        entry.content = parsed.content();
        entry.contentHash = hash;
        entry.lastChangedAt = now;
    }

    private void history(
            SanctionsEntry entry,
            SanctionsImport run,
            SanctionsEntryChange.Change change,
            EntryContent previous,
            Instant now) {
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
            return sha256(mapper.writeValueAsBytes(List.of(
                    entry.kind().name(), entry.primaryName(), String.valueOf(entry.listedOn()), entry.content())));
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
