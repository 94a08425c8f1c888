package org.g5sahel.pcms.alerts.model;

import java.time.Instant;

/** One CAP message the platform sent for an alert: the first issue, then each update or cancellation. */
public record IssuedMessage(int revision, String identifier, Instant sent, Alert.MsgType msgType) {}
