package org.g5sahel.pcms.web.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A problem document (RFC 9457) the API answered, already in the officer's language: the console shows its detail
 * next to the fields it names, never a status code or a stack trace.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        super(status + " " + title);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public record FieldError(String field, String message) {}

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The sentence to show: the detail when the API gave one, else its title. */
    public String sentence() {
        return detail == null || detail.isBlank() ? title : detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Field name (the API's JSON field name, which is also the form field's) to its message. */
    public Map<String, String> byField() {
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " " + b));
    }
}
