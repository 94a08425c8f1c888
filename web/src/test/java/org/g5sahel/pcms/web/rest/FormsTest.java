package org.g5sahel.pcms.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.common.util.MultivaluedTreeMap;
import org.junit.jupiter.api.Test;

class FormsTest {

    @Test
    void aFormBecomesTheApisJson() {
        var form = new MultivaluedTreeMap<String, String>();
        form.add("csrf-token", "x");
        form.add("title", "  Filière Gao – Agadez ");
        form.add("summary", "");
        form.add("threats", "DRUG_TRAFFICKING");
        form.add("threats", "MONEY_LAUNDERING");
        form.add("sharing.distribution", "SELECTED");
        form.add("sharing.sharedWith", "ML, NE-OCRTIS\nINTERPOL");
        form.add("sharing.informationAccuracy", "2");

        Map<String, Object> json =
                Forms.toJson(form, Set.of("threats", "sharing.sharedWith"), Set.of("sharing.informationAccuracy"));

        assertThat(json)
                .doesNotContainKeys("csrf-token", "summary")
                .containsEntry("title", "Filière Gao – Agadez")
                .containsEntry("threats", List.of("DRUG_TRAFFICKING", "MONEY_LAUNDERING"));
        assertThat(json.get("sharing"))
                .isEqualTo(Map.of(
                        "distribution",
                        "SELECTED",
                        "sharedWith",
                        List.of("ML", "NE-OCRTIS", "INTERPOL"),
                        "informationAccuracy",
                        2));
    }

    @Test
    void aLocalDateTimeIsReadInTheOfficersZone() {
        assertThat(Forms.instantIn("2026-12-05T09:30", ZoneId.of("Africa/Niamey")))
                .isEqualTo("2026-12-05T08:30:00Z");
        assertThat(Forms.instantIn("tomorrow", ZoneId.of("Africa/Niamey"))).isEqualTo("tomorrow");
        assertThat(Forms.instantIn(" ", ZoneId.of("Africa/Niamey"))).isNull();
    }
}
