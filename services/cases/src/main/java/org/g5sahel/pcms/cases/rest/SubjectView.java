package org.g5sahel.pcms.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.cases.model.ChainStage;
import org.g5sahel.pcms.cases.model.IdentityRelease;
import org.g5sahel.pcms.cases.model.Subject;
import org.g5sahel.pcms.cases.model.SubjectDetails;
import org.g5sahel.pcms.cases.model.SubjectKind;
import org.g5sahel.pcms.cases.model.SubjectRole;

/** A subject as the caller may see it: a protected person's identity is masked unless released to the caller. */
public record SubjectView(
        UUID id,
        UUID caseId,
        SubjectKind kind,
        SubjectRole role,
        ChainStage chainStage,
        List<String> modusOperandi,

        @Schema(description = "null when the identity is masked")
        String displayName,

        @Schema(description = "null when the identity is masked")
        SubjectDetails details,

        boolean protectedIdentity,
        boolean identityMasked,
        boolean minor,
        IdentityRelease identityRelease,
        String createdBy,
        Instant createdAt,
        long version) {

    public static SubjectView of(Subject subject, boolean identityVisible) {
        return new SubjectView(
                subject.id,
                subject.caseId,
                subject.kind,
                subject.role,
                subject.chainStage,
                List.copyOf(subject.modusOperandi),
                identityVisible ? subject.displayName : null,
                identityVisible ? subject.details : null,
                subject.protectedIdentity,
                !identityVisible,
                subject.minor,
                subject.identityRelease,
                subject.createdBy,
                subject.createdAt,
                subject.version);
    }
}
