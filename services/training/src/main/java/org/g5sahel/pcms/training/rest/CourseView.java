package org.g5sahel.pcms.training.rest;

import java.util.List;
import java.util.UUID;
import org.g5sahel.pcms.commons.sovereignty.SovereigntyView;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.Modality;

public record CourseView(
        UUID id,
        String code,
        String titleFr,
        String titleEn,
        String descriptionFr,
        String descriptionEn,
        List<String> topics,
        Modality modality,
        int durationDays,
        String partner,
        String prerequisites,
        boolean assessmentRequired,
        int passMark,
        Integer certificateValidityMonths,
        SovereigntyView sharing,
        long version) {

    public static CourseView of(Course course) {
        return new CourseView(
                course.id,
                course.code,
                course.titleFr,
                course.titleEn,
                course.descriptionFr,
                course.descriptionEn,
                List.copyOf(course.topics),
                course.modality,
                course.durationDays,
                course.partner,
                course.prerequisites,
                course.assessmentRequired,
                course.passMark,
                course.certificateValidityMonths,
                SovereigntyView.of(course.sovereignty),
                course.version);
    }
}
