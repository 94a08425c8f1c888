package org.g5sahel.pcms.commons.sovereignty;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a change of sharing would do, before it is made: the audience now, after, and the groups gained and lost. */
@Schema(description = "The effect of proposed sharing terms; nothing is changed")
public record SharingPreview(
        Audience current, Audience proposed, List<Audience.Group> gained, List<Audience.Group> lost) {

    public SharingPreview {
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }

    public static SharingPreview between(Audience current, Audience proposed) {
        return new SharingPreview(
                current,
                proposed,
                proposed.groups().stream()
                        .filter(group -> !current.groups().contains(group))
                        .toList(),
                current.groups().stream()
                        .filter(group -> !proposed.groups().contains(group))
                        .toList());
    }
}
