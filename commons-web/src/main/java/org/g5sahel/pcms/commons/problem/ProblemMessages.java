package org.g5sahel.pcms.commons.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Problem titles and details in the caller's language. French is the default: it is the region's working language;
 * English and Arabic (the other languages the member states' officers read) are given on request.
 */
public final class ProblemMessages {

    public static final Locale FRENCH = Locale.FRENCH;
    /** The JDK has no constant for Arabic. */
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH, ARABIC);

    private static final String COMMONS_BUNDLE = "messages.problems";
    private static final String SERVICE_BUNDLE = "messages.service";

    private ProblemMessages() {
    }

    /** The first supported language among the caller's preferences, French otherwise. */
    public static Locale negotiate(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(locale.getLanguage())) {
                    return supported;
                }
            }
        }
        return FRENCH;
    }

    /** {@link #negotiate(List)} over a raw {@code Accept-Language} header; French when absent or unreadable. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FRENCH;
        }
        try {
            return negotiate(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList());
        } catch (IllegalArgumentException e) {
            return FRENCH;
        }
    }

    public static String title(ProblemType type, Locale locale) {
        return message(type.slug() + ".title", locale);
    }

    public static String message(String key, Locale locale, Object... arguments) {
        String pattern = lookup(COMMONS_BUNDLE, key, locale);
        if (pattern == null) {
            pattern = lookup(SERVICE_BUNDLE, key, locale);
        }
        if (pattern == null) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static String lookup(String bundleName, String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
