package org.g5sahel.pcms.alerts.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.g5sahel.pcms.alerts.model.Notice;
import org.g5sahel.pcms.alerts.service.NoticeCommand;
import org.g5sahel.pcms.commons.sovereignty.SharingTerms;

/** A notice as its author writes it; it is published only after review. Default distribution G5. */
@Schema(name = "NoticeRequest")
public record NoticeRequest(
        @NotNull @Schema(example = "WANTED") Notice.Kind kind,

        @NotBlank @Size(max = 300) @Schema(example = "Wanted: leader of a kidnapping cell")
        String title,

        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> subjectNames,

        @Size(max = 500) @Schema(example = "Arrest and inform the issuing agency")
        String actionRequested,

        @Valid SharingTerms sharing) {

    public NoticeCommand command() {
        return new NoticeCommand(kind, title, summary, subjectNames, actionRequested, sharing);
    }
}
