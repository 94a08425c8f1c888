package org.g5sahel.pcms.aml.screening;

/**
 * What is screened: a name, and optionally a date of birth ({@code 1975-03-14} or a year {@code 1975}), a nationality
 * (ISO 3166-1 alpha-2) and an identity document number.
 */
public record ScreeningQuery(String name, String birthDate, String nationality, String document) {}
