package org.g5sahel.pcms.commons.correlation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.g5sahel.pcms.commons.text.Lookalikes;

/**
 * One keyed-identifier scheme for the whole platform. A strong identifier is normalised so that two States' spellings
 * of the same passport, phone, plate, account, firearm, ship or container meet, then hashed with the platform's key
 * (HMAC-SHA-256 of {@code KIND:normalised}, {@link CorrelationConfig#key}), so that matching needs neither the
 * identifier nor the record: only the hash leaves the service that holds it. Without the key the hashes reveal
 * nothing, not even that two of them are equal in another deployment.
 * <p>
 * Each keyed identifier also carries a short hint of its value (its first characters) and a label finer than its
 * kind (a passport among documents), for its owner's own explanation of a match; neither is ever shown to anyone
 * else.
 */
@ApplicationScoped
public class IdentifierKeys {

    /** International dialling codes of the member States, for numbers written the national way. */
    private static final Map<String, String> CALLING_CODES =
            Map.of("BF", "226", "ML", "223", "MR", "222", "NE", "227", "TD", "235");
    /** Shorter than this, a value is no strong identifier (a plate's or an account's digits alone, a typing stub). */
    private static final int SHORTEST = 4;
    /** A bank account number without its bank: long enough to be one account rather than many. */
    private static final int SHORTEST_ACCOUNT = 8;
    /** Document types written for identity cards, as {@link #alphanumeric} gives them. */
    private static final Set<String> IDENTITY_CARDS = Set.of(
            "ID",
            "IDCARD",
            "CNI",
            "NATIONALID",
            "NATIONALIDCARD",
            "IDENTITYCARD",
            "CARTEDIDENTITE",
            "CARTENATIONALEDIDENTITE");

    /**
     * A keyed identifier: its kind, its hash, the label of its explanation and its owner's hint of the value; for a
     * name with date of birth, which word of which name the key comes from ({@link #nameAndBirthDate}), else null.
     */
    public record Keyed(IdentifierKind kind, String keyedHash, String label, String hint, Integer word) {}

    /** Words of one name told apart in {@link Keyed#word()}: {@code name × WORDS_PER_NAME + position}. */
    public static final int WORDS_PER_NAME = 100;

    private final SecretKeySpec key;

    @Inject
    public IdentifierKeys(CorrelationConfig config) {
        this(config.key());
    }

    /** Keys with another secret: tests, and tools that rebuild hashes outside a service. */
    public IdentifierKeys(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * The number of an identity or travel document, labelled {@code PASSPORT}, {@code ID_CARD} or {@code DOCUMENT}
     * by its type as written. The type is not hashed: the same number recorded as a passport and as an identity card
     * is one document.
     */
    public Optional<Keyed> document(String type, String number) {
        String normalised = alphanumeric(number);
        return keyed(IdentifierKind.DOCUMENT, normalised, documentLabel(type), prefix(normalised, 2));
    }

    /** A phone number or mobile-money wallet; {@code homeState} is where a national number was written. */
    public Optional<Keyed> phone(String written, String homeState) {
        String e164 = e164(written, homeState);
        return e164 == null ? Optional.empty() : keyed(IdentifierKind.PHONE, e164, null, prefix(e164, 4));
    }

    /**
     * A registration plate with its country (ISO 3166 code): the same characters are another vehicle in another
     * State. No country, no key.
     */
    public Optional<Keyed> vehiclePlate(String plate, String country) {
        String normalised = alphanumeric(plate);
        String state = alphanumeric(country);
        if (state.isEmpty() || normalised.length() < SHORTEST) {
            return Optional.empty();
        }
        return keyed(IdentifierKind.VEHICLE_PLATE, state + "|" + normalised, null, state + " " + prefix(normalised, 2));
    }

    public Optional<Keyed> vin(String vin) {
        String normalised = alphanumeric(vin);
        return keyed(IdentifierKind.VIN, normalised, null, prefix(normalised, 2));
    }

    /** A bank account: its IBAN when it is one (check digits verified), else its number if long enough. */
    public Optional<Keyed> bankAccount(String number) {
        String normalised = alphanumeric(number);
        if (CheckDigits.isIban(normalised)) {
            return keyed(IdentifierKind.IBAN, normalised, null, prefix(normalised, 2));
        }
        return normalised.length() < SHORTEST_ACCOUNT
                ? Optional.empty()
                : keyed(IdentifierKind.BANK_ACCOUNT, normalised, null, prefix(normalised, 2));
    }

    /**
     * A firearm: its serial normalised and folded ({@link SerialNumbers}) with its make's family ({@link Makes}), so
     * that "Kalachnikov KO-1I58" and "AK-47 K01158" meet and a Beretta never meets a Glock of the same serial.
     */
    public Optional<Keyed> firearm(String make, String serial) {
        String family = Makes.familyKey(make);
        String folded = SerialNumbers.fold(SerialNumbers.normalise(serial));
        if (family.isEmpty() || folded.length() < SHORTEST) {
            return Optional.empty();
        }
        String written = make.strip();
        return keyed(
                IdentifierKind.FIREARM,
                family + "|" + folded,
                null,
                (written.length() > 40 ? written.substring(0, 40) : written) + " " + prefix(folded, 2));
    }

    /** A ship's IMO number, if its check digit is right. */
    public Optional<Keyed> imo(String number) {
        return CheckDigits.isImoNumber(number)
                ? keyed(
                        IdentifierKind.IMO,
                        CheckDigits.imoDigits(number),
                        null,
                        "IMO " + prefix(CheckDigits.imoDigits(number), 2))
                : Optional.empty();
    }

    /** A container's ISO 6346 number, if its check digit is right. */
    public Optional<Keyed> container(String number) {
        String normalised = alphanumeric(number);
        return CheckDigits.isContainerNumber(normalised)
                ? keyed(IdentifierKind.CONTAINER, normalised, null, prefix(normalised, 2))
                : Optional.empty();
    }

    /**
     * A person's names with a full date of birth, for a possible match across registries. The matching module cuts
     * each name into words and keys each one ({@code keysByWord}: the strict keys of each word under {@code
     * keysVersion}, none for a particle or title; a name written in parts, Abd al-Qadir, one word as Abdelkader), and
     * each key is hashed with the version and the date, so that
     * only two records keyed under one version and born the same day can meet. Each hash carries its word
     * ({@link Keyed#word()}) so that the index can require two different words of one name to meet, never one common
     * first name alone. No name, no date or no key: nothing.
     */
    public List<Keyed> nameAndBirthDate(
            Collection<String> names,
            LocalDate birthDate,
            String keysVersion,
            Function<String, List<Set<String>>> keysByWord) {
        List<Keyed> keyed = new ArrayList<>();
        if (birthDate == null || names == null) {
            return keyed;
        }
        int name = 0;
        for (String written : names) {
            if (written == null || written.isBlank() || name >= WORDS_PER_NAME) {
                continue;
            }
            List<Set<String>> words = keysByWord.apply(written);
            for (int position = 0; position < Math.min(words.size(), WORDS_PER_NAME); position++) {
                for (String key : words.get(position)) {
                    String kind = IdentifierKind.NAME_AND_BIRTH_DATE.name();
                    keyed.add(new Keyed(
                            IdentifierKind.NAME_AND_BIRTH_DATE,
                            hash(kind, keysVersion + "|" + key + "|" + birthDate),
                            kind,
                            null,
                            name * WORDS_PER_NAME + position));
                }
            }
            name++;
        }
        return keyed;
    }

    /**
     * The keyed hash of an already normalised value under a namespace (a kind's name): what every method above
     * computes, and what the cases service's own case-to-case correlation stores for its kinds.
     */
    public String hash(String namespace, String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal((namespace + ":" + normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Upper case, letters and digits only: "AB-123 456" and "ab123456" are the same document, and so is "АВ123456"
     * typed with Cyrillic letters drawn like Latin ones, or with a zero-width space ({@link Lookalikes}). Null gives "".
     */
    public static String alphanumeric(String value) {
        return Lookalikes.foldToLatinIgnoringCase(value).replaceAll("[^A-Z0-9]", "");
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

    /** {@code PASSPORT}, {@code ID_CARD} or {@code DOCUMENT}, from a document's type as written. */
    static String documentLabel(String type) {
        String written = alphanumeric(type);
        if (written.startsWith("PASS")) {
            return "PASSPORT";
        }
        return IDENTITY_CARDS.contains(written) ? "ID_CARD" : IdentifierKind.DOCUMENT.name();
    }

    private Optional<Keyed> keyed(IdentifierKind kind, String normalised, String label, String hint) {
        if (normalised == null || normalised.length() < SHORTEST) {
            return Optional.empty();
        }
        return Optional.of(
                new Keyed(kind, hash(kind.name(), normalised), label == null ? kind.name() : label, hint, null));
    }

    private static String prefix(String value, int length) {
        return value.substring(0, Math.min(length, value.length())) + "…";
    }
}
