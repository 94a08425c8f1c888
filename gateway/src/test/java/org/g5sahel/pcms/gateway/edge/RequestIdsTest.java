package org.g5sahel.pcms.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "mobile-app.42_A",
                "0f8fad5b-d9cb-469f-a165-70867728950e",
                "a234567890123456789012345678901234567890123456789012345678901234"
            })
    void keepsSaneIds(String id) {
        assertThat(RequestIds.sanitize(id)).contains(id);
        assertThat(RequestIds.sanitizeOrGenerate(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "with space",
                "new\nline",
                "<script>",
                "a/b",
                "id;drop",
                "é",
                "a2345678901234567890123456789012345678901234567890123456789012345"
            })
    void replacesOtherValues(String id) {
        assertThat(RequestIds.sanitize(id)).isEmpty();
        assertThat(RequestIds.sanitizeOrGenerate(id))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void generatesDistinctIds() {
        assertThat(RequestIds.generate()).isNotEqualTo(RequestIds.generate());
    }
}
