package org.g5sahel.pcms.training.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.g5sahel.pcms.training.model.Course;
import org.g5sahel.pcms.training.model.SessionStatus;
import org.g5sahel.pcms.training.model.TrainingSession;

/** A session as an RFC 5545 calendar: one all-day VEVENT, CRLF lines folded at 75 octets, text values escaped. */
final class ICalendar {

    static final String MEDIA_TYPE = "text/calendar";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    /** @param course the session's course, or null when it is hidden from the caller */
    static String of(TrainingSession session, Course course, Instant now) {
        StringBuilder calendar = new StringBuilder();
        line(calendar, "BEGIN:VCALENDAR");
        line(calendar, "VERSION:2.0");
        line(calendar, "PRODID:-//G5 Sahel//PCMS training//FR");
        line(calendar, "CALSCALE:GREGORIAN");
        line(calendar, "METHOD:PUBLISH");
        line(calendar, "BEGIN:VEVENT");
        line(calendar, "UID:" + session.id + "@training.pcms.g5sahel.org");
        line(calendar, "DTSTAMP:" + STAMP.format(now.truncatedTo(ChronoUnit.SECONDS)));
        line(calendar, "LAST-MODIFIED:" + STAMP.format(session.updatedAt.truncatedTo(ChronoUnit.SECONDS)));
        line(calendar, "SEQUENCE:" + session.version);
        line(calendar, "DTSTART;VALUE=DATE:" + DATE.format(session.startDate));
        // DTEND of an all-day event is exclusive: the day after the last day.
        line(calendar, "DTEND;VALUE=DATE:" + DATE.format(session.endDate.plusDays(1)));
        String summary =
                course == null ? "Session PCMS" : course.code + " – " + course.titleFr + " / " + course.titleEn;
        line(calendar, "SUMMARY:" + text(summary));
        line(calendar, "LOCATION:" + text(session.venue));
        line(
                calendar,
                "DESCRIPTION:"
                        + text("Accueil : " + session.hostAgency + " (" + session.hostState + ")"
                                + "\nLangue : " + session.language + "\nFormateurs : "
                                + String.join(", ", session.trainers)
                                + "\nPlaces : " + session.capacity));
        line(
                calendar,
                "STATUS:"
                        + switch (session.status) {
                            case CANCELLED -> "CANCELLED";
                            case PLANNED -> "TENTATIVE";
                            default -> "CONFIRMED";
                        });
        if (session.status != SessionStatus.CANCELLED) {
            line(calendar, "TRANSP:OPAQUE");
        }
        line(calendar, "END:VEVENT");
        line(calendar, "END:VCALENDAR");
        return calendar.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** RFC 5545 §3.1: lines end in CRLF and longer than 75 octets are folded, never inside a UTF-8 character. */
    private static void line(StringBuilder calendar, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                calendar.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            calendar.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        calendar.append("\r\n");
    }
}
