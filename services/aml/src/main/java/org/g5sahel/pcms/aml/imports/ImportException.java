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

    public ImportException(String node, int line, String reasonKey) {
        super(node + " (line " + line + "): " + reasonKey, null, false, false);
        this.node = node;
        this.line = line;
        this.reasonKey = reasonKey;
    }

    public String node() {
        return node;
    }

    public String reasonKey() {
        return reasonKey;
    }

    /** The client's problem: 400 naming the node (as the field), the line and the reason. */
    public ProblemException toProblem() {
        return new ProblemException(ProblemType.VALIDATION_FAILED, List.of(new Problem.FieldError(node, reasonKey)),
                "import.rejected", node, line);
    }
}
