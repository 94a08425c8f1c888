package org.g5sahel.pcms.directory.repository;

import org.g5sahel.pcms.directory.model.Agency;
import org.g5sahel.pcms.directory.model.AgencyType;
import org.g5sahel.pcms.directory.model.Competence;

/** Optional criteria of an agency search; {@code searchPattern} is already folded (see SearchText). */
public record AgencyFilter(
        String state, AgencyType type, Competence competence, Agency.Status status, String searchPattern) {}
