package org.g5sahel.pcms.cases.rest;

import java.util.List;
import org.g5sahel.pcms.cases.model.SubjectDetails;
import org.g5sahel.pcms.cases.service.SubjectCommand;

/** A subject as the API takes it, turned into the command {@code SubjectService} checks: blocks kept as written. */
final class SubjectMapper {

    private SubjectMapper() {}

    static SubjectCommand command(SubjectRequest request) {
        return new SubjectCommand(
                request.kind(),
                request.role(),
                request.chainStage(),
                request.modusOperandi(),
                new SubjectDetails(
                        person(request.person()),
                        organisation(request.organisation()),
                        vehicle(request.vehicle()),
                        phone(request.phone()),
                        account(request.account()),
                        firearm(request.firearm()),
                        place(request.place())));
    }

    private static SubjectDetails.Person person(SubjectRequest.Person person) {
        if (person == null) {
            return null;
        }
        List<SubjectDetails.IdentityDocument> documents = person.documents() == null
                ? null
                : person.documents().stream()
                        .map(document -> new SubjectDetails.IdentityDocument(
                                document.type(), document.number(), document.issuingCountry()))
                        .toList();
        return new SubjectDetails.Person(
                person.nameOriginalScript(),
                person.nameLatin(),
                person.aliases(),
                person.dateOfBirth(),
                person.yearOfBirth(),
                person.nationality(),
                person.gender(),
                person.minor(),
                documents);
    }

    private static SubjectDetails.Organisation organisation(SubjectRequest.Organisation organisation) {
        return organisation == null
                ? null
                : new SubjectDetails.Organisation(
                        organisation.name(), organisation.registrationNumber(), organisation.country());
    }

    private static SubjectDetails.Vehicle vehicle(SubjectRequest.Vehicle vehicle) {
        return vehicle == null
                ? null
                : new SubjectDetails.Vehicle(
                        vehicle.plate(),
                        vehicle.registrationCountry(),
                        vehicle.vin(),
                        vehicle.make(),
                        vehicle.model(),
                        vehicle.colour());
    }

    private static SubjectDetails.Phone phone(SubjectRequest.Phone phone) {
        return phone == null ? null : new SubjectDetails.Phone(phone.number(), phone.operator());
    }

    private static SubjectDetails.Account account(SubjectRequest.Account account) {
        return account == null
                ? null
                : new SubjectDetails.Account(
                        account.type().name(),
                        account.number(),
                        account.institution(),
                        account.holderName(),
                        account.currency());
    }

    private static SubjectDetails.Firearm firearm(SubjectRequest.Firearm firearm) {
        return firearm == null
                ? null
                : new SubjectDetails.Firearm(
                        firearm.serialNumber(), firearm.make(), firearm.model(), firearm.calibre());
    }

    private static SubjectDetails.Place place(SubjectRequest.Place place) {
        return place == null
                ? null
                : new SubjectDetails.Place(
                        place.name(),
                        place.type().name(),
                        place.country(),
                        place.latitude(),
                        place.longitude(),
                        place.route());
    }
}
