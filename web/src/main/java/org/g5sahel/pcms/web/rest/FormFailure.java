package org.g5sahel.pcms.web.rest;

import java.util.Map;
import org.g5sahel.pcms.web.api.ApiProblem;
import org.g5sahel.pcms.web.api.ApiUnavailable;
import org.g5sahel.pcms.web.i18n.Texts;

/**
 * Why a form was not accepted, to show on the same form, filled in as the officer left it: the API's problem (its
 * sentence and the fields it names), or an API that could not be reached (nothing was saved; the officer tries again).
 */
record FormFailure(int status, String sentence, Map<String, String> byField) {

    static FormFailure of(RuntimeException failure, Texts texts) {
        if (failure instanceof ApiProblem problem) {
            return new FormFailure(problem.status() == 401 ? 403 : 422, problem.sentence(), problem.byField());
        }
        if (failure instanceof ApiUnavailable) {
            return new FormFailure(503, texts.get("error.unavailable"), Map.of());
        }
        throw failure;
    }
}
