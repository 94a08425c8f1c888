package org.g5sahel.pcms.web.i18n;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The officer's language for this request: {@code ?lang=fr|en|ar} (then remembered in a cookie), else the remembered
 * one, else the browser's Accept-Language, else French.
 */
@RequestScoped
public class Language {

    public static final String COOKIE = "pcms_lang";
    public static final List<String> SUPPORTED = List.of("fr", "en", "ar");
    private static final String DEFAULT = "fr";

    /** Each State's time zone: dates are shown in the officer's own. */
    private static final Map<String, ZoneId> ZONES = Map.of(
            "BF", ZoneId.of("Africa/Ouagadougou"),
            "ML", ZoneId.of("Africa/Bamako"),
            "MR", ZoneId.of("Africa/Nouakchott"),
            "NE", ZoneId.of("Africa/Niamey"),
            "TD", ZoneId.of("Africa/Ndjamena"));

    private final String tag;
    private final boolean chosenNow;

    public Language(HttpServerRequest request) {
        Optional<String> asked = supported(request.getParam("lang"));
        this.chosenNow = asked.isPresent();
        Cookie remembered = request.getCookie(COOKIE);
        this.tag = asked.or(() -> supported(remembered == null ? null : remembered.getValue()))
                .or(() -> fromAcceptLanguage(request.getHeader("Accept-Language")))
                .orElse(DEFAULT);
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** {@code rtl} for Arabic. */
    public String dir() {
        return "ar".equals(tag) ? "rtl" : "ltr";
    }

    /** Whether this request chose the language ({@code ?lang=}), so that the answer remembers it. */
    public boolean chosenNow() {
        return chosenNow;
    }

    public static ZoneId zoneOf(String state) {
        return ZONES.getOrDefault(state == null ? "" : state, ZoneId.of("UTC"));
    }

    static Optional<String> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        String language = dash < 0 ? primary : primary.substring(0, dash);
        return SUPPORTED.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** The first supported language of the header, in the browser's order of preference. */
    static Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> supported(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
