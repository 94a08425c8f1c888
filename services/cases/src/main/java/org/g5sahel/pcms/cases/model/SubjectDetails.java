package org.g5sahel.pcms.cases.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What is known of a subject, by kind; exactly the block of the subject's kind is present. Stored as JSON. */
public record SubjectDetails(
        Person person,
        Organisation organisation,
        Vehicle vehicle,
        Phone phone,
        Account account,
        Firearm firearm,
        Place place) {

    public record Person(
            String nameOriginalScript,
            String nameLatin,
            List<String> aliases,
            LocalDate dateOfBirth,
            Integer yearOfBirth,
            String nationality,
            String gender,
            Boolean minor,
            List<IdentityDocument> documents) {}

    public record IdentityDocument(String type, String number, String issuingCountry) {}

    public record Organisation(String name, String registrationNumber, String country) {}

    public record Vehicle(
            String plate, String registrationCountry, String vin, String make, String model, String colour) {}

    /** {@code number} is stored in E.164 form. */
    public record Phone(String number, String operator) {}

    /** {@code type} is the name of an {@link AccountType}. */
    public record Account(String type, String number, String institution, String holderName, String currency) {}

    public enum AccountType {
        BANK,
        MOBILE_MONEY
    }

    public record Firearm(String serialNumber, String make, String model, String calibre) {}

    public record Place(
            String name, String type, String country, BigDecimal latitude, BigDecimal longitude, String route) {}
}
