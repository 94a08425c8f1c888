package org.g5sahel.pcms.commons.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The merge algorithm of RFC 7396, on the RFC's own example (section 3) and its edge cases (appendix A). */
class MergePatchTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theRfcExample() throws Exception {
        JsonNode target = json.readTree("""
                {"title":"Goodbye!","author":{"givenName":"John","familyName":"Doe"},"tags":["example","sample"],
                 "content":"This will be unchanged"}""");
        JsonNode patch = json.readTree("""
                {"title":"Hello!","phoneNumber":"+01-123-456-7890","author":{"familyName":null},"tags":["example"]}""");
        assertThat(MergePatch.merge(target, patch)).isEqualTo(json.readTree("""
                {"title":"Hello!","author":{"givenName":"John"},"tags":["example"],"content":"This will be unchanged",
                 "phoneNumber":"+01-123-456-7890"}"""));
    }

    @Test
    void nullRemovesArraysAreReplacedAndTheTargetIsLeftAlone() throws Exception {
        JsonNode target = json.readTree("{\"a\":[{\"b\":\"c\"}],\"e\":{\"f\":1}}");
        assertThat(MergePatch.merge(target, json.readTree("{\"a\":[1],\"e\":null,\"g\":{\"h\":null}}")))
                .isEqualTo(json.readTree("{\"a\":[1],\"g\":{}}"));
        assertThat(target).isEqualTo(json.readTree("{\"a\":[{\"b\":\"c\"}],\"e\":{\"f\":1}}"));
    }
}
