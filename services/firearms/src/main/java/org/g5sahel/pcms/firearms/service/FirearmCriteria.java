package org.g5sahel.pcms.firearms.service;

import org.g5sahel.pcms.firearms.model.FirearmStatus;
import org.g5sahel.pcms.firearms.model.FirearmType;

/**
 * Optional criteria of a firearm list or search as the caller gives them: {@code make} matches every name of the
 * make's family, {@code calibre} every notation of the calibre; null or blank: any.
 */
public record FirearmCriteria(String make, String calibre, FirearmType type, FirearmStatus status, String state) {}
