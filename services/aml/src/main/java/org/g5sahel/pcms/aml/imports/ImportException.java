package org.g5sahel.pcms.aml.imports;

import java.util.List;
import org.g5sahel.pcms.commons.problem.Problem;
import org.g5sahel.pcms.commons.problem.ProblemException;
import org.g5sahel.pcms.commons.problem.ProblemType;

/**
 * A file that cannot be imported, with the node at fault (a path such as {@code report/transaction[2]/amount_local})
 * and the reason (a message key of the service bundle). Nothing of the file is kept.
 */
public class ImportException extends RuntimeException {

    private final String node;
    private final int line;
    private final String reasonKey;
    private final String explanation;

    public ImportException(String node, int line, String reasonKey) {
        this(node, line, reasonKey, null);
    }

    /** With the explanation of another tool, such as a schema validator's message, given as it is. */
    public ImportException(String node, int line, String reasonKey, String explanation) {
        super(
                node + " (line " + line + "): " + reasonKey + (explanation == null ? "" : " " + explanation),
                null,
                false,
                false);
        this.node = node;
        this.line = line;
        this.reasonKey = reasonKey;
        this.explanation = explanation;
    }

    public String node() {
        return node;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public int line() {
        return line;
    }

    /** The client's problem: 400 naming the node (as the field), the line and the reason. */
    public ProblemException toProblem() {
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(node, reasonKey));
        return explanation == null
                ? new ProblemException(ProblemType.VALIDATION_FAILED, errors, "import.rejected", node, line)
                : new ProblemException(
                        ProblemType.VALIDATION_FAILED, errors, "import.rejected-explained", node, line, explanation);
    }
}
