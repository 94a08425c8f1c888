package org.g5sahel.pcms.cases.service;

import java.util.List;
import org.g5sahel.pcms.cases.model.ChainStage;
import org.g5sahel.pcms.cases.model.SubjectDetails;
import org.g5sahel.pcms.cases.model.SubjectKind;
import org.g5sahel.pcms.cases.model.SubjectRole;

/**
 * A subject as {@link SubjectService} adds it to a case. {@code written} holds the blocks as the officer wrote them,
 * every block given (exactly the one of {@code kind} is expected); the service checks and normalises them.
 */
public record SubjectCommand(
        SubjectKind kind,
        SubjectRole role,
        ChainStage chainStage,
        List<String> modusOperandi,
        SubjectDetails written) {}
