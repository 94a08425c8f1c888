package org.g5sahel.pcms.training.service;

import java.util.List;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;
import org.g5sahel.pcms.training.model.Modality;
import org.g5sahel.pcms.training.model.Topic;

/** A course as {@link CourseService} creates or replaces it; {@code sharing} applies at creation only. */
public record CourseCommand(
        String code,
        String titleFr,
        String titleEn,
        String descriptionFr,
        String descriptionEn,
        List<Topic> topics,
        Modality modality,
        Integer durationDays,
        String partner,
        String prerequisites,
        boolean assessmentRequired,
        Integer passMark,
        Integer certificateValidityMonths,
        SharingTerms sharing) {}
