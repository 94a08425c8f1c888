package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.g5sahel.pcms.commons.directory.DirectoryClient;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * A request goes only to agencies and partner organisations the directory lists as active: a mistyped code
 * ({@code ML-CTX}) would otherwise be accepted and read by nobody.
 */
@ApplicationScoped
public class RequestRecipients {

    private final DirectoryClient directory;

    public RequestRecipients(DirectoryClient directory) {
        this.directory = directory;
    }

    /**
     * Asks the directory about each recipient with the caller's token, before any transaction opens.
     *
     * @throws ProblemException 422 naming every recipient the directory does not know or has deactivated; 503 when the
     *                          directory cannot answer
     */
    public void requireActive(List<String> recipients, String bearerToken) {
        Set<String> asked = new HashSet<>();
        List<String> refused = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String code = recipients.get(i);
            if (!asked.add(code)) {
                continue;
            }
            Optional<DirectoryClient.Agency> agency = find(code, bearerToken);
            if (agency.isEmpty() || !agency.get().active()) {
                refused.add(code);
                errors.add(new Problem.FieldError(
                        "recipients[" + i + "]",
                        agency.isEmpty() ? "request.recipient-not-in-directory" : "request.recipient-deactivated"));
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNKNOWN_RECIPIENT, errors, "request.unknown-recipients", String.join(", ", refused));
        }
    }

    private Optional<DirectoryClient.Agency> find(String code, String bearerToken) {
        try {
            return directory.find(code, bearerToken);
        } catch (DirectoryClient.Unavailable e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "directory.unavailable");
        }
    }
}
