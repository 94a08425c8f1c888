package org.g5sahel.pcms.web.i18n;

import io.quarkus.qute.TemplateData;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word of the console in the officer's language ({@code messages/console_*.properties}), and dates in the
 * officer's time zone. Templates use it as {@code t}: {@code {t.get('cases.title')}}, {@code {t.en('CaseStatus',
 * case.status)}}, {@code {t.at(case.createdAt)}}.
 */
@TemplateData
public final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    public Texts(Locale locale, ZoneId zone) {
        this.bundle = ResourceBundle.getBundle(
                "messages.console",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
        this.zone = zone;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // The bundle completeness test keeps this from reaching an officer; the key is a better clue than nothing.
            return key;
        }
    }

    public String fmt(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** An enum value of the API, by its type: {@code enum.CaseStatus.OPEN}. */
    public String en(String type, Object value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + type + "." + value;
        return bundle.containsKey(key) ? bundle.getString(key) : value.toString();
    }

    /** An instant as the API sends it (ISO-8601), in the officer's zone. */
    public String at(Object instant) {
        if (instant == null || instant.toString().isBlank()) {
            return "";
        }
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale)
                    .withZone(zone)
                    .format(Instant.parse(instant.toString()));
        } catch (RuntimeException e) {
            return instant.toString();
        }
    }

    /** A date (no time) as the API sends it. */
    public String day(Object date) {
        if (date == null || date.toString().isBlank()) {
            return "";
        }
        try {
            String text = date.toString();
            LocalDate day =
                    text.length() > 10 ? Instant.parse(text).atZone(zone).toLocalDate() : LocalDate.parse(text);
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(day);
        } catch (RuntimeException e) {
            return date.toString();
        }
    }

    /** A State by its code, in the officer's language ("Niger", "النيجر"); other jurisdictions as their code. */
    public String state(Object code) {
        return en("State", code);
    }

    /**
     * One group of an audience as the API computes it ({@code kind} and {@code code}), in plain words: "Niger's
     * national coordinator", "every agency of Mali".
     */
    public String audience(java.util.Map<String, Object> group) {
        Object kind = group.get("kind");
        Object code = group.get("code");
        String key = "audience." + kind;
        if (!bundle.containsKey(key)) {
            return code == null ? String.valueOf(kind) : kind + " " + code;
        }
        Object shown = code != null && code.toString().matches("[A-Z]{2}") ? state(code) : code;
        return fmt(key, shown == null ? "" : shown);
    }

    /** The zone's name as officers know it: "Africa/Niamey". */
    public String zone() {
        return zone.getId();
    }
}
