package org.g5sahel.pcms.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.g5sahel.pcms.cases.model.SubjectDetails;
import org.g5sahel.pcms.cases.model.SubjectIdentifier.Kind;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;

/**
 * The strong identifiers of a subject for the case-to-case correlation of this service, normalised and keyed by the
 * platform's one scheme ({@link IdentifierKeys}) so that two States' spellings of the same document, phone or plate
 * meet and matching never needs the identifier itself. Weak data (a year of birth, a place) never becomes an
 * identifier, and neither does a name, even with a date of birth: two spellings of one name are compared by the
 * matching module and found a possible match ({@link PossibleMatches}), never a hit. The subjects' identifiers for
 * cross-registry correlation are {@link CaseIdentifiers}'.
 */
@ApplicationScoped
public class StrongIdentifiers {

    private final IdentifierKeys keys;

    public StrongIdentifiers(IdentifierKeys keys) {
        this.keys = keys;
    }

    /** Keyed hash by kind. */
    public Map<String, Kind> of(SubjectDetails details) {
        Map<String, Kind> hashes = new LinkedHashMap<>();
        if (details.person() != null) {
            SubjectDetails.Person person = details.person();
            if (person.documents() != null) {
                person.documents()
                        .forEach(
                                document -> add(hashes, Kind.DOCUMENT, IdentifierKeys.alphanumeric(document.number())));
            }
        }
        if (details.vehicle() != null) {
            add(
                    hashes,
                    Kind.VEHICLE_PLATE,
                    IdentifierKeys.alphanumeric(details.vehicle().plate()));
            add(hashes, Kind.VIN, IdentifierKeys.alphanumeric(details.vehicle().vin()));
        }
        if (details.phone() != null) {
            add(hashes, Kind.PHONE, details.phone().number());
        }
        if (details.account() != null) {
            add(
                    hashes,
                    Kind.ACCOUNT,
                    IdentifierKeys.alphanumeric(details.account().number()));
        }
        if (details.firearm() != null) {
            add(
                    hashes,
                    Kind.FIREARM_SERIAL,
                    IdentifierKeys.alphanumeric(details.firearm().serialNumber()));
        }
        return hashes;
    }

    private void add(Map<String, Kind> hashes, Kind kind, String normalised) {
        if (normalised != null && normalised.length() >= 4) {
            hashes.put(keys.hash(kind.name(), normalised), kind);
        }
    }
}
