package org.g5sahel.pcms.training.model;

public enum PlacementStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    CANCELLED
}
