package org.g5sahel.pcms.bench.measure;

import org.g5sahel.pcms.bench.Results;
import org.g5sahel.pcms.bench.load.RunResult;

/** A figure measured on failing requests is no figure: runs with errors are reported as failures of their measure. */
final class Checks {

    private Checks() {}

    static void noErrors(Results results, String measure, RunResult... runs) {
        for (RunResult run : runs) {
            if (run.errors() > 0) {
                results.failure(
                        measure,
                        run.errors() + " failed requests in a run (" + run.tool() + "), statuses " + run.statuses()
                                + ": its figures are not trustworthy");
            }
        }
    }
}
