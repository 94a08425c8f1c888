package org.g5sahel.pcms.firearms.model;

import java.time.LocalDate;

/** One transfer of a traced firearm, oldest first: from whom to whom, when, under which licence or document. */
public record TransferStep(String from, String to, LocalDate on, String document) {}
