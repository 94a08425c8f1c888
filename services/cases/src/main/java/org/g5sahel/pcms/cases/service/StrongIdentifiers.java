package org.g5sahel.pcms.cases.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.cases.model.SubjectDetails;
import org.g5sahel.pcms.cases.model.SubjectIdentifier.Kind;
import org.g5sahel.pcms.commons.correlation.IdentifierKeys;
import org.g5sahel.pcms.commons.text.Lookalikes;

/**
 * The strong identifiers of a subject for the case-to-case correlation of this service, normalised and keyed by the
 * platform's one scheme ({@link IdentifierKeys}) so that two States' spellings of the same document, phone or plate
 * meet and matching never needs the identifier itself. Weak data (a name alone, a year of birth, a place) never becomes
 * an identifier. The subjects' identifiers for cross-registry correlation are {@link CaseIdentifiers}'.
 */
@ApplicationScoped
public class StrongIdentifiers {

    /** Particles that some records write and others drop: "ould", "ag", "ben", "abou", "al", "el". */
    private static final Set<String> NAME_PARTICLES = Set.of("ould", "ag", "ben", "bin", "abou", "abu", "al", "el");

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
                person.documents().forEach(document -> add(hashes, Kind.DOCUMENT,
                        IdentifierKeys.alphanumeric(document.number())));
            }
            if (person.nameLatin() != null && person.dateOfBirth() != null) {
                String name = foldedName(person.nameLatin());
                if (!name.isEmpty()) {
                    add(hashes, Kind.NAME_AND_DATE_OF_BIRTH, name + "|" + person.dateOfBirth());
                }
            }
        }
        if (details.vehicle() != null) {
            add(hashes, Kind.VEHICLE_PLATE, IdentifierKeys.alphanumeric(details.vehicle().plate()));
            add(hashes, Kind.VIN, IdentifierKeys.alphanumeric(details.vehicle().vin()));
        }
        if (details.phone() != null) {
            add(hashes, Kind.PHONE, details.phone().number());
        }
        if (details.account() != null) {
            add(hashes, Kind.ACCOUNT, IdentifierKeys.alphanumeric(details.account().number()));
        }
        if (details.firearm() != null) {
            add(hashes, Kind.FIREARM_SERIAL, IdentifierKeys.alphanumeric(details.firearm().serialNumber()));
        }
        return hashes;
    }

    /**
     * Accents, case, punctuation, particles and word order removed; format characters removed and letters of other
     * scripts drawn like Latin ones written as Latin, before anything else, so that they split no word.
     */
    static String foldedName(String name) {
        String ascii = Normalizer.normalize(Lookalikes.foldToLatinIgnoringCase(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        return Arrays.stream(ascii.split(" ")).filter(token -> !token.isEmpty() && !NAME_PARTICLES.contains(token))
                .sorted().collect(Collectors.joining(" "));
    }

    private void add(Map<String, Kind> hashes, Kind kind, String normalised) {
        if (normalised != null && normalised.length() >= 4) {
            hashes.put(keys.hash(kind.name(), normalised), kind);
        }
    }
}
