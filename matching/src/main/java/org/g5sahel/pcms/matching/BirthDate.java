package org.g5sahel.pcms.matching;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as lists give it: a full date, a month, or a year only ({@code 1970}, {@code 1970-05},
 * {@code 1970-05-12}).
 */
public record BirthDate(int year, Integer month, Integer day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public BirthDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("A day needs a month");
        }
    }

    public static BirthDate of(LocalDate date) {
        return date == null ? null : new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; null for null, blank or another form. */
    public static BirthDate parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return new BirthDate(
                Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    /** How this date agrees with another: the same day, the same year (one is partial), or not at all. */
    public Agreement against(BirthDate other) {
        if (other == null) {
            return Agreement.UNKNOWN;
        }
        if (year != other.year) {
            return Agreement.CONFLICT;
        }
        if (month == null || other.month == null) {
            return Agreement.PARTIAL;
        }
        if (!month.equals(other.month)) {
            return Agreement.CONFLICT;
        }
        if (day == null || other.day == null) {
            return Agreement.PARTIAL;
        }
        return day.equals(other.day) ? Agreement.MATCH : Agreement.CONFLICT;
    }
}
