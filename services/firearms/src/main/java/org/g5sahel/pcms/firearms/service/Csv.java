package org.g5sahel.pcms.firearms.service;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as spreadsheets export it: comma or semicolon separated (French-locale spreadsheets use semicolons; the
 * header's first separator decides), double-quoted fields with doubled quotes inside, CRLF or LF line ends, a BOM
 * tolerated. Each record remembers the physical line it starts on, for row reports.
 */
public final class Csv {

    /** One record and the line (1-based) it starts on. */
    public record Row(int line, List<String> fields) {

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The file cannot be read as CSV at all; {@code line} locates the fault. */
    public static class MalformedException extends RuntimeException {
        private final int line;

        MalformedException(int line) {
            super("Malformed CSV at line " + line, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private Csv() {
    }

    public static List<Row> parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separatorOf(content);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int quoteStartLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || fieldWasQuoted) {
                    throw new MalformedException(line);
                }
                quoted = true;
                fieldWasQuoted = true;
                quoteStartLine = line;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                rows.add(new Row(rowStart, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                fieldWasQuoted = false;
                line++;
                rowStart = line;
            } else {
                if (fieldWasQuoted) {
                    throw new MalformedException(line);
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedException(quoteStartLine);
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }

    private static char separatorOf(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == ',' || c == ';') {
                return c;
            }
            if (c == '\n') {
                break;
            }
        }
        return ',';
    }
}
