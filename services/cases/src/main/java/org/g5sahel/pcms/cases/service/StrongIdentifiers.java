package org.g5sahel.pcms.cases.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.g5sahel.pcms.cases.config.CasesConfig;
import org.g5sahel.pcms.cases.model.SubjectDetails;
import org.g5sahel.pcms.cases.model.SubjectIdentifier.Kind;
import org.g5sahel.pcms.commons.text.Lookalikes;

/**
 * The strong identifiers of a subject, normalised so that two States' spellings of the same document, phone or plate
 * meet, then hashed with a key (HMAC-SHA-256) so that matching never needs the identifier itself. Weak data (a name
 * alone, a year of birth, a place) never becomes an identifier.
 */
@ApplicationScoped
public class StrongIdentifiers {

    /** International dialling codes of the member States, for numbers written the national way. */
    private static final Map<String, String> CALLING_CODES = Map.of("BF", "226", "ML", "223", "MR", "222", "NE", "227",
            "TD", "235");
    /** Particles that some records write and others drop: "ould", "ag", "ben", "abou", "al", "el". */
    private static final Set<String> NAME_PARTICLES = Set.of("ould", "ag", "ben", "bin", "abou", "abu", "al", "el");

    private final SecretKeySpec key;

    public StrongIdentifiers(CasesConfig config) {
        this.key = new SecretKeySpec(config.correlationKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Keyed hash by kind; {@code homeState} is where a national phone number was written. */
    public Map<String, Kind> of(SubjectDetails details, String homeState) {
        Map<String, Kind> hashes = new LinkedHashMap<>();
        if (details.person() != null) {
            SubjectDetails.Person person = details.person();
            if (person.documents() != null) {
                person.documents().forEach(document -> add(hashes, Kind.DOCUMENT, alphanumeric(document.number())));
            }
            if (person.nameLatin() != null && person.dateOfBirth() != null) {
                String name = foldedName(person.nameLatin());
                if (!name.isEmpty()) {
                    add(hashes, Kind.NAME_AND_DATE_OF_BIRTH, name + "|" + person.dateOfBirth());
                }
            }
        }
        if (details.vehicle() != null) {
            add(hashes, Kind.VEHICLE_PLATE, alphanumeric(details.vehicle().plate()));
            add(hashes, Kind.VIN, alphanumeric(details.vehicle().vin()));
        }
        if (details.phone() != null) {
            add(hashes, Kind.PHONE, details.phone().number());
        }
        if (details.account() != null) {
            add(hashes, Kind.ACCOUNT, alphanumeric(details.account().number()));
        }
        if (details.firearm() != null) {
            add(hashes, Kind.FIREARM_SERIAL, alphanumeric(details.firearm().serialNumber()));
        }
        return hashes;
    }

    /**
     * A phone number in E.164 ({@code +22790123456}) from the ways officers write it: spaces, dots, dashes, a
     * {@code 00} international prefix or a national number of {@code homeState}. Null when it cannot be one.
     */
    public static String e164(String written, String homeState) {
        if (written == null) {
            return null;
        }
        String compact = Lookalikes.removeFormatCharacters(written).replaceAll("[\\s.\\-()/]", "");
        String digits;
        if (compact.startsWith("+")) {
            digits = compact.substring(1);
        } else if (compact.startsWith("00")) {
            digits = compact.substring(2);
        } else if (CALLING_CODES.containsKey(homeState) && compact.length() == 8) {
            digits = CALLING_CODES.get(homeState) + compact;
        } else {
            digits = compact;
        }
        return digits.matches("[1-9][0-9]{7,14}") ? "+" + digits : null;
    }

    /**
     * Upper case, letters and digits only: "AB-123 456" and "ab123456" are the same document, and so is "АВ123456"
     * typed with Cyrillic letters drawn like Latin ones, or with a zero-width space ({@link Lookalikes}).
     */
    static String alphanumeric(String value) {
        return Lookalikes.foldToLatinIgnoringCase(value).replaceAll("[^A-Z0-9]", "");
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
            hashes.put(hash(kind.name() + ":" + normalised), kind);
        }
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
