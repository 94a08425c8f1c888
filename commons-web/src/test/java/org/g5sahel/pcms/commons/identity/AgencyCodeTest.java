package org.g5sahel.pcms.commons.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyCodeTest {

    @Test
    void anAgencyCodeIsItsJurisdictionThenOneOrMoreParts() {
        assertThat(AgencyCode.isValid("NE-OCRTIS")).isTrue();
        assertThat(AgencyCode.isValid("BF-GN-DGR")).isTrue();
        assertThat(AgencyCode.isValid("NE")).isFalse();
        assertThat(AgencyCode.isValid("ne-ocrtis")).isFalse();
        assertThat(AgencyCode.isValid("NE--X")).isFalse();
        assertThat(AgencyCode.isValid(null)).isFalse();
    }

    @Test
    void itsStateIsItsFirstPart() {
        assertThat(AgencyCode.stateOf("NE-OCRTIS")).isEqualTo("NE");
        assertThat(AgencyCode.stateOf("BF-GN-DGR")).isEqualTo("BF");
        assertThat(AgencyCode.isOf("ML-CT", "ML")).isTrue();
        assertThat(AgencyCode.isOf("ML-CT", "NE")).isFalse();
        assertThat(AgencyCode.isOf("MLX-CT", "ML")).isFalse();
    }
}
