package org.g5sahel.pcms.commons.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import org.g5sahel.pcms.commons.json.NoNulCharacters;
import org.junit.jupiter.api.Test;

/** {@link IdentifierText} on a request record, read by a mapper customised as the services' own. */
class IdentifierTextTest {

    record Request(
            @IdentifierText String make, @IdentifierText List<String> aliases, String narrative) {}

    private final ObjectMapper mapper = customised();

    @Test
    void identifiersLoseTheirFormatCharactersAndFreeTextKeepsThem() throws Exception {
        Request read = mapper.readValue("""
                {"make":"Gl\\u200bock","aliases":["Abou\\u00adBakr",null,"\\u202eAli"],"narrative":"vu \\u200b ici"}""", Request.class);
        assertThat(read.make()).isEqualTo("Glock");
        assertThat(read.aliases()).containsExactly("AbouBakr", null, "Ali");
        assertThat(read.narrative()).isEqualTo("vu \u200b ici");
    }

    @Test
    void absentAndNullValuesStayNull() throws Exception {
        Request read = mapper.readValue("{\"make\":null}", Request.class);
        assertThat(read.make()).isNull();
        assertThat(read.aliases()).isNull();
    }

    @Test
    void theMappersOwnRulesStillHold() {
        assertThatThrownBy(() -> mapper.readValue("{\"make\":\"Gl\\u0000ock\"}", Request.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"aliases\":[\"A\\u0000\"]}", Request.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    private static ObjectMapper customised() {
        ObjectMapper mapper = new ObjectMapper();
        new NoNulCharacters().customize(mapper);
        return mapper;
    }
}
