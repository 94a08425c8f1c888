package org.g5sahel.pcms.gateway.problem;

import java.util.List;
import java.util.Locale;
import java.util.Locale.LanguageRange;

/**
 * Picks the language of a message from an {@code Accept-Language} header (RFC 9110, section 12.5.4).
 * <p>
 * French is the working language of the region: it is used when the header is absent, malformed, or names no
 * supported language. English or Arabic is used when it is the caller's best supported choice.
 */
public final class AcceptLanguage {

    public static final Locale DEFAULT = Locale.FRENCH;
    /** The JDK has no constant for Arabic. */
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH, ARABIC);

    private static final int MAX_HEADER_LENGTH = 512;

    private AcceptLanguage() {
    }

    /**
     * The supported language that best matches {@code header}.
     *
     * @param header the {@code Accept-Language} value, possibly {@code null}
     */
    public static Locale resolve(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER_LENGTH) {
            return DEFAULT;
        }
        List<LanguageRange> ranges;
        try {
            // Sorted by decreasing weight; equal weights keep the caller's order.
            ranges = LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        for (LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String tag = range.getRange();
            if (tag.equals("*")) {
                return DEFAULT;
            }
            String primary = tag.split("-", 2)[0];
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(primary)) {
                    return supported;
                }
            }
        }
        return DEFAULT;
    }
}
