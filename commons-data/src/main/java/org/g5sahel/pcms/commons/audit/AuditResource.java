package org.g5sahel.pcms.commons.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.Caller;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;

/** The audit trail as the owners read it (rules 6 and 9), and the chain check for auditors. */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    /** The record type under which reading an owner's access log is audited; its id is the owning agency. */
    static final String ACCESS_LOG = "access-log";

    private final AuditLog auditLog;
    private final CurrentCaller caller;

    public AuditResource(AuditLog auditLog, CurrentCaller caller) {
        this.auditLog = auditLog;
        this.caller = caller;
    }

    /** One access or refused attempt on a record, by someone outside the owning agency. */
    public record Access(
            long seq,
            Instant occurredAt,
            String actorUsername,
            String actorState,
            String actorAgency,
            AuditAction action,
            String recordType,
            String recordId,
            String recordReference,
            String recordTitle,
            String ownerState,
            String ownerAgency,
            String purpose,
            String outcome) {

        static Access of(AuditEntry entry) {
            return new Access(
                    entry.seq(),
                    entry.occurredAt(),
                    entry.actorUsername(),
                    entry.actorState(),
                    entry.actorAgency(),
                    entry.action(),
                    entry.recordType(),
                    entry.recordId(),
                    entry.recordReference(),
                    entry.recordTitle(),
                    entry.ownerState(),
                    entry.ownerAgency(),
                    entry.purpose(),
                    entry.outcome());
        }
    }

    @GET
    @Path("/accesses")
    @RolesAllowed({
        Roles.NATIONAL_COORDINATOR,
        Roles.AUDITOR,
        Roles.REGIONAL_COORDINATOR,
        Roles.INVESTIGATOR,
        Roles.ANALYST,
        Roles.BORDER_OFFICER,
        Roles.FIU_ANALYST,
        Roles.FIREARMS_OFFICER,
        Roles.TRAINING_MANAGER
    })
    @Transactional
    @Operation(
            summary = "Who accessed my records, and who tried",
            description = "Reads, changes, sharing decisions and refused attempts (outcome DENIED) by anyone outside"
                    + " the owning agency. An officer sees his agency's records, a coordinator his State's, the"
                    + " auditor every owner's (and his reading is itself audited for those owners). Newest first;"
                    + " keyset cursor.")
    public Page<Access> accesses(
            @QueryParam("recordId") String recordId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        Caller reader = caller.get();
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        boolean everyOwner = reader.hasRole(Roles.AUDITOR);
        boolean wholeState = reader.hasRole(Roles.NATIONAL_COORDINATOR) || reader.hasRole(Roles.REGIONAL_COORDINATOR);
        var query = Panache.getEntityManager()
                .createQuery(
                        "from AuditEntry where actorAgency <> ownerAgency"
                                + (everyOwner
                                        ? ""
                                        : wholeState ? " and ownerState = :owner" : " and ownerAgency = :owner")
                                + (recordId == null ? "" : " and recordId = :recordId")
                                + (after == null ? "" : " and seq < :after") + " order by seq desc",
                        AuditEntry.class);
        if (!everyOwner) {
            query.setParameter("owner", wholeState ? reader.state() : reader.agency());
        }
        if (recordId != null) {
            query.setParameter("recordId", recordId);
        }
        if (after != null) {
            query.setParameter("after", parseSeq(after));
        }
        List<Access> rows = query.setMaxResults(size + 1).getResultList().stream()
                .map(Access::of)
                .toList();
        Page<Access> page = Page.of(rows, size, access -> Long.toString(access.seq()));
        if (everyOwner) {
            auditLog.recordReads(
                    reader,
                    AuditAction.ACCESS_LOG_READ,
                    page.items().stream()
                            .map(access -> new AuditedRecord(
                                    ACCESS_LOG,
                                    access.ownerAgency(),
                                    access.ownerState(),
                                    access.ownerAgency(),
                                    null,
                                    null))
                            .distinct()
                            .toList(),
                    null);
        }
        return page;
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Roles.AUDITOR, Roles.PCMS_ADMIN})
    @Operation(summary = "Walk the hash chain and report whether it is intact")
    public AuditVerification verification() {
        return auditLog.verify();
    }

    private static long parseSeq(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw Cursors.invalid();
        }
    }
}
