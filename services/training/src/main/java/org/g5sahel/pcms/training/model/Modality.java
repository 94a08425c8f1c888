package org.g5sahel.pcms.training.model;

public enum Modality {
    CLASSROOM,
    IMMERSION,
    E_LEARNING
}
