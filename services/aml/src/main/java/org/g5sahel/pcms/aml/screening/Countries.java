package org.g5sahel.pcms.aml.screening;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.g5sahel.pcms.commons.rest.SearchText;

/**
 * Country names as sanctions lists write them (English, French, UN formal names) to ISO 3166-1 alpha-2 codes, so that
 * a nationality given as {@code ML} meets the list's {@code Mali}.
 */
public final class Countries {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(code).build();
            BY_NAME.put(SearchText.fold(country.getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.put(SearchText.fold(country.getDisplayCountry(Locale.FRENCH)), code);
            BY_NAME.put(code.toLowerCase(Locale.ROOT), code);
        }
        // The UN's formal names where they differ from the JDK's short names.
        Map.ofEntries(
                        Map.entry("democratic people's republic of korea", "KP"),
                        Map.entry("republic of korea", "KR"),
                        Map.entry("iran (islamic republic of)", "IR"),
                        Map.entry("syrian arab republic", "SY"),
                        Map.entry("russian federation", "RU"),
                        Map.entry("united republic of tanzania", "TZ"),
                        Map.entry("democratic republic of the congo", "CD"),
                        Map.entry("congo", "CG"),
                        Map.entry("viet nam", "VN"),
                        Map.entry("turkiye", "TR"),
                        Map.entry("turkey", "TR"),
                        Map.entry("libyan arab jamahiriya", "LY"),
                        Map.entry("lao people's democratic republic", "LA"),
                        Map.entry("republic of moldova", "MD"),
                        Map.entry("bolivia (plurinational state of)", "BO"),
                        Map.entry("venezuela (bolivarian republic of)", "VE"),
                        Map.entry("state of palestine", "PS"),
                        Map.entry("united kingdom of great britain and northern ireland", "GB"),
                        Map.entry("united states of america", "US"),
                        Map.entry("cote d'ivoire", "CI"),
                        Map.entry("ivory coast", "CI"),
                        Map.entry("gaza strip", "PS"),
                        Map.entry("west bank", "PS"),
                        // OFAC writes nationalities as adjectives where the country name is disputed.
                        Map.entry("palestinian", "PS"),
                        Map.entry("kosovo", "XK"),
                        Map.entry("sudan", "SD"),
                        Map.entry("south sudan", "SS"))
                .forEach((name, code) -> BY_NAME.put(SearchText.fold(name), code));
    }

    private Countries() {}

    /** The ISO code of a country name or code, if known. */
    public static Optional<String> code(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(SearchText.fold(nameOrCode.strip())));
    }
}
