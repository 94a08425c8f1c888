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
    /** A longer header is not a browser's: it is not parsed. */
    private static final int MAX_ACCEPT_LANGUAGE_LENGTH = 512;

    private ProblemMessages() {}

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

    /**
     * The supported language that best matches a raw {@code Accept-Language} header (RFC 9110, section 12.5.4), for
     * answers written outside JAX-RS (the gateway, HTTP-level limits): ranges by decreasing weight, equal weights in
     * the caller's order, {@code q=0} excluded; French when the header is absent, malformed, overlong, names no
     * supported language, or reaches {@code *} first.
     */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null
                || acceptLanguage.isBlank()
                || acceptLanguage.length() > MAX_ACCEPT_LANGUAGE_LENGTH) {
            return FRENCH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return FRENCH;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String tag = range.getRange();
            if (tag.equals("*")) {
                return FRENCH;
            }
            String primary = tag.split("-", 2)[0];
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(primary)) {
                    return supported;
                }
            }
        }
        return FRENCH;
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
            ResourceBundle bundle = ResourceBundle.getBundle(
                    bundleName,
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
