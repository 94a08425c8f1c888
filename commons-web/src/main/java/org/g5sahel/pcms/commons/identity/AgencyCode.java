package org.g5sahel.pcms.commons.identity;

import java.util.regex.Pattern;

/**
 * Agency codes: the code of the agency's jurisdiction (a State, the regional unit or a partner), then one or more
 * parts, dash-separated, in capitals and digits ({@code NE-OCRTIS}, {@code ML-CT}, {@code BF-GN-DGR}). The one place
 * that knows their form: the {@code pcms_agency} claim, request fields and recipients are checked against it.
 */
public final class AgencyCode {

    /** The form of an agency code, for {@code @Pattern(regexp = AgencyCode.PATTERN)}. */
    public static final String PATTERN = "^[A-Z0-9]+(-[A-Z0-9]+)+$";

    private static final Pattern FORM = Pattern.compile(PATTERN);

    private AgencyCode() {}

    public static boolean isValid(String code) {
        return code != null && FORM.matcher(code).matches();
    }

    /** The jurisdiction an agency belongs to: {@code NE-OCRTIS} → {@code NE}; a code without a dash is its own. */
    public static String stateOf(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    /** Whether {@code code} is an agency of {@code state} (a valid code whose first part is that State's). */
    public static boolean isOf(String code, String state) {
        return isValid(code) && stateOf(code).equals(state);
    }
}
