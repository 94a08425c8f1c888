package org.g5sahel.pcms.aml.service;

import java.time.LocalDate;
import java.util.List;
import org.g5sahel.pcms.aml.model.Urgency;

/** A request for information to another State's FIU, as {@link FiuRequestService} sends it. */
public record FiuRequestCommand(
        String answeringAgency,
        String purpose,
        String foreseenUse,
        Urgency urgency,
        LocalDate dueDate,
        String question,
        List<String> subjectNames) {}
