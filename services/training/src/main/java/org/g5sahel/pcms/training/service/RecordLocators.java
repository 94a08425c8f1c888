package org.g5sahel.pcms.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.g5sahel.pcms.commons.audit.RecordLocator;
import org.g5sahel.pcms.training.repository.CourseRepository;
import org.g5sahel.pcms.training.repository.NominationRepository;
import org.g5sahel.pcms.training.repository.PlacementRepository;
import org.g5sahel.pcms.training.repository.SessionRepository;

/** The records the API addresses by id, for auditing attempts refused on them (DESIGN §2 rule 9). */
@ApplicationScoped
class RecordLocators {

    @Produces
    @ApplicationScoped
    RecordLocator courses(CourseRepository courses) {
        return RecordLocator.sovereign(courses, Audited::of);
    }

    @Produces
    @ApplicationScoped
    RecordLocator sessions(SessionRepository sessions) {
        return RecordLocator.sovereign(sessions, Audited::of);
    }

    @Produces
    @ApplicationScoped
    RecordLocator nominations(NominationRepository nominations) {
        return RecordLocator.sovereign(nominations, Audited::of);
    }

    @Produces
    @ApplicationScoped
    RecordLocator placements(PlacementRepository placements) {
        return RecordLocator.sovereign(placements, Audited::of);
    }
}
