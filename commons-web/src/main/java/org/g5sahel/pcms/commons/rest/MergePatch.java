package org.g5sahel.pcms.commons.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.g5sahel.pcms.commons.problem.JsonProblems;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * Partial updates by JSON Merge Patch (RFC 7396): the patch is applied to the JSON of the record's current update
 * representation (what a full-replacement PUT would send), and the result is read, validated and handed to the same
 * update path as the PUT. A member set to {@code null} clears the field; a member left out keeps its value.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper objectMapper;
    private final Validator validator;

    public MergePatch(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /**
     * The update representation {@code current} with {@code patch} applied, valid, or a problem: 428/412 first when
     * {@code ifMatch} does not name {@code currentVersion} (as the PUT would answer), then 400 naming the field.
     */
    public <T> T apply(T current, long currentVersion, String ifMatch, JsonNode patch, Class<T> type) {
        Versions.requireMatch(ifMatch, currentVersion);
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "malformed-request.merge-patch");
        }
        T patched;
        try {
            patched = objectMapper.treeToValue(merge(objectMapper.valueToTree(current), patch), type);
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }

    /** RFC 7396 section 2, MergePatch(Target, Patch). */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> members = patch.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
