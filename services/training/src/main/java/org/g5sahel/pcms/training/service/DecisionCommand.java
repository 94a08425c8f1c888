package org.g5sahel.pcms.training.service;

/** The organiser's decision on a nomination, as {@link NominationService} applies it. A decline states its reason. */
public record DecisionCommand(Outcome decision, String reason) {

    public enum Outcome {
        ACCEPT,
        WAITLIST,
        DECLINE
    }
}
