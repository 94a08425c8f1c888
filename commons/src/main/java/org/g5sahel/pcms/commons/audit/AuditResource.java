package org.g5sahel.pcms.commons.audit;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.g5sahel.pcms.commons.identity.CurrentCaller;
import org.g5sahel.pcms.commons.identity.Roles;
import org.g5sahel.pcms.commons.rest.Cursors;
import org.g5sahel.pcms.commons.rest.Page;

import io.quarkus.hibernate.orm.panache.Panache;

/** The audit trail as the owning State reads it (rule 6), and the chain check for auditors. */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private final AuditLog auditLog;
    private final CurrentCaller caller;

    public AuditResource(AuditLog auditLog, CurrentCaller caller) {
        this.auditLog = auditLog;
        this.caller = caller;
    }

    /** One access to a record of the caller's State by someone outside the owning agency. */
    public record Access(long seq, Instant occurredAt, String actorUsername, String actorState, String actorAgency,
            AuditAction action, String recordType, String recordId, String ownerAgency, String purpose,
            String outcome) {

        static Access of(AuditEntry entry) {
            return new Access(entry.seq(), entry.occurredAt(), entry.actorUsername(), entry.actorState(),
                    entry.actorAgency(), entry.action(), entry.recordType(), entry.recordId(), entry.ownerAgency(),
                    entry.purpose(), entry.outcome());
        }
    }

    @GET
    @Path("/accesses")
    @RolesAllowed({ Roles.NATIONAL_COORDINATOR, Roles.AUDITOR, Roles.REGIONAL_COORDINATOR })
    @Transactional
    @Operation(summary = "Who accessed the records of my State", description = "Newest first; keyset cursor.")
    public Page<Access> accesses(@QueryParam("recordId") String recordId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        var query = Panache.getEntityManager().createQuery("from AuditEntry where ownerState = :state"
                + " and actorAgency <> ownerAgency"
                + (recordId == null ? "" : " and recordId = :recordId")
                + (after == null ? "" : " and seq < :after") + " order by seq desc", AuditEntry.class)
                .setParameter("state", caller.get().state());
        if (recordId != null) {
            query.setParameter("recordId", recordId);
        }
        if (after != null) {
            query.setParameter("after", parseSeq(after));
        }
        List<Access> rows = query.setMaxResults(size + 1).getResultList().stream().map(Access::of).toList();
        return Page.of(rows, size, access -> Long.toString(access.seq()));
    }

    @GET
    @Path("/verification")
    @RolesAllowed({ Roles.AUDITOR, Roles.PCMS_ADMIN })
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
