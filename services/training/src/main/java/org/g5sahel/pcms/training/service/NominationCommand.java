package org.g5sahel.pcms.training.service;

import java.util.UUID;

/** An officer put forward for a session, as {@link NominationService} takes the nomination. */
public record NominationCommand(UUID contactId, String motivation) {}
