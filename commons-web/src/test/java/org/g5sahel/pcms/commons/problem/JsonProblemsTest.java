package org.g5sahel.pcms.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jackson's failures become the JSON path a client wrote, whatever the depth, never a Java type. */
class JsonProblemsTest {

    enum Kind {
        PERSON,
        ORGANISATION
    }

    record Subject(Kind kind, String name) {}

    record Request(List<Subject> subjects) {}

    private final ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void anUnknownEnumInAListNamesItsIndexedPathAndTheAllowedValues() {
        ProblemException problem = JsonProblems.of(failure("{\"subjects\":[{\"kind\":\"ALIEN\"}]}", Request.class));
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(problem.fieldErrors()).extracting(Problem.FieldError::field).containsExactly("subjects[0].kind");
        assertThat(problem.arguments()).containsExactly("subjects[0].kind", "PERSON, ORGANISATION");
        assertThat(ProblemMessages.message(problem.detailKey(), ProblemMessages.FRENCH, problem.arguments()))
                .isEqualTo("Le champ subjects[0].kind prend l’une des valeurs : PERSON, ORGANISATION.");
    }

    @Test
    void aTopLevelListAndAnUnknownFieldAreNamedToo() {
        ProblemException unknown = JsonProblems.of(failure("[{\"name\":\"a\"},{\"phone\":\"1\"}]", Subject[].class));
        assertThat(unknown.fieldErrors()).extracting(Problem.FieldError::field).containsExactly("[1].phone");
        assertThat(unknown.detailKey()).isEqualTo("malformed-request.unknown-field-detail");

        ProblemException wrongType = JsonProblems.of(failure("{\"subjects\":{\"kind\":\"PERSON\"}}", Request.class));
        assertThat(wrongType.fieldErrors())
                .extracting(Problem.FieldError::field)
                .containsExactly("subjects");
    }

    @Test
    void brokenSyntaxHasNoPathToName() {
        ProblemException problem = JsonProblems.of(failure("{\"subjects\": [", Request.class));
        assertThat(problem.fieldErrors()).isEmpty();
        assertThat(problem.detailKey()).isEqualTo("malformed-request.json");
    }

    private JsonProcessingException failure(String json, Class<?> type) {
        return catchThrowableOfType(JsonProcessingException.class, () -> strict.readValue(json, type));
    }
}
