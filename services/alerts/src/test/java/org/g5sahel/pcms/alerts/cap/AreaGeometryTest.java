package org.g5sahel.pcms.alerts.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.g5sahel.pcms.alerts.model.AlertArea;
import org.junit.jupiter.api.Test;

class AreaGeometryTest {

    /** Around Ménaka and Tillabéri: about 250 km east-west and 190 km north-south. */
    private static final AlertArea TRI_BORDER = new AlertArea(
            "Trois frontières", List.of("15.9,0.2 15.9,2.5 14.2,2.5 14.2,0.2 15.9,0.2"), List.of(), List.of());

    @Test
    void aCircleWhollyInsideThePolygonMeetsItThoughNoCornerIsNear() {
        assertThat(AreaGeometry.meetsCircle(TRI_BORDER, 15.05, 1.35, 10)).isTrue();
    }

    @Test
    void aCircleOverlappingAnEdgeMeetsIt() {
        // Centre 0.3° (≈ 33 km) south of the southern edge, 40 km radius.
        assertThat(AreaGeometry.meetsCircle(TRI_BORDER, 13.9, 1.35, 40)).isTrue();
        assertThat(AreaGeometry.meetsCircle(TRI_BORDER, 13.9, 1.35, 25)).isFalse();
    }

    @Test
    void aCircleContainingThePolygonMeetsIt() {
        assertThat(AreaGeometry.meetsCircle(TRI_BORDER, 15.05, 1.35, 400)).isTrue();
    }

    @Test
    void aCircleOutsideDoesNot() {
        assertThat(AreaGeometry.meetsCircle(TRI_BORDER, 12.37, -1.52, 100))
                .as("Ouagadougou")
                .isFalse();
    }

    @Test
    void alertCirclesMeetWhenTheirCentresAreWithinTheSumOfTheRadii() {
        AlertArea niamey = new AlertArea("Niamey", List.of(), List.of("13.51,2.11 20"), List.of());
        // Tillabéri is about 100 km north-west of Niamey.
        assertThat(AreaGeometry.meetsCircle(niamey, 14.21, 1.45, 90)).isTrue();
        assertThat(AreaGeometry.meetsCircle(niamey, 14.21, 1.45, 70)).isFalse();
    }

    @Test
    void aSelfCrossingPolygonIsStillCompared() {
        AlertArea bowTie = new AlertArea("Nœud", List.of("15,1 16,2 15,2 16,1 15,1"), List.of(), List.of());
        assertThat(AreaGeometry.meetsCircle(bowTie, 15.5, 1.5, 5)).isTrue();
        assertThat(AreaGeometry.meetsCircle(bowTie, 13.0, 1.5, 5)).isFalse();
    }
}
