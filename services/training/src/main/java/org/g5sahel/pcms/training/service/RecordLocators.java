package org.g5sahel.pcms.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.g5sahel.pcms.commons.access.SovereignKind;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Nomination;
import org.g5sahel.pcms.training.model.Placement;
import org.g5sahel.pcms.training.model.TrainingSession;
import org.g5sahel.pcms.training.repository.CourseRepository;
import org.g5sahel.pcms.training.repository.NominationRepository;
import org.g5sahel.pcms.training.repository.PlacementRepository;
import org.g5sahel.pcms.training.repository.SessionRepository;

/**
 * The records the API addresses by id: for auditing attempts refused on them (DESIGN §2 rule 9) and, for sovereign
 * kinds, for access requests (rule 4).
 */
@ApplicationScoped
class RecordLocators {

    @Produces
    @Singleton
    SovereignKind<Course> courses(CourseRepository courses) {
        return SovereignKind.of(courses, record -> record.sovereignty, Audited::of);
    }

    @Produces
    @Singleton
    SovereignKind<TrainingSession> sessions(SessionRepository sessions) {
        return SovereignKind.of(sessions, record -> record.sovereignty, Audited::of);
    }

    @Produces
    @Singleton
    SovereignKind<Nomination> nominations(NominationRepository nominations) {
        return SovereignKind.of(nominations, record -> record.sovereignty, Audited::of);
    }

    @Produces
    @Singleton
    SovereignKind<Placement> placements(PlacementRepository placements) {
        return SovereignKind.of(placements, record -> record.sovereignty, Audited::of);
    }
}
