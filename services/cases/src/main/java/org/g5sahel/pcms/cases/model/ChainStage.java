package org.g5sahel.pcms.cases.model;

/** Where in the criminal chain the subject acts. */
public enum ChainStage {
    CONSPIRACY,
    PREPARATION,
    LOGISTICS,
    EXECUTION,
    PROCEEDS
}
