package org.g5sahel.pcms.commons.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The services' CSV imports, read with Apache Commons CSV as spreadsheets export them: RFC 4180 double-quoted fields
 * with doubled quotes inside (embedded separators and line ends included), CRLF or LF line ends, a UTF-8 byte-order
 * mark tolerated. The first row is returned like the others: each import checks its own header. Each row remembers the
 * physical line it starts on, for row reports.
 */
public final class CsvFiles {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** Blank lines come back as rows, so that every row keeps its physical line and callers decide what blank means. */
    private static final CSVFormat RFC_4180 =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** One record and the line (1-based) it starts on. */
    public record Row(int line, List<String> fields) {

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The file cannot be read as CSV at all; {@code line} is where the unreadable record starts. */
    public static class MalformedException extends RuntimeException {
        private final int line;

        MalformedException(int line, Throwable cause) {
            super("Malformed CSV at line " + line, cause, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private CsvFiles() {}

    /**
     * Reads a file whose separator is a comma or a semicolon (French-locale spreadsheets use semicolons): the header's
     * first separator decides. A quote left open or text after a closing quote refuses the file.
     *
     * @throws MalformedException with the line of the record that cannot be read
     */
    public static List<Row> read(String text) {
        String content = withoutByteOrderMark(text);
        return rows(
                content, RFC_4180.builder().setDelimiter(separatorOf(content)).get());
    }

    /**
     * Reads a comma-separated file as leniently as a hand-typed list needs: a quote left open runs to the end of the
     * file and text after a closing quote joins the field, so that the import's own column checks report the line.
     */
    public static List<Row> readLenient(String text) {
        return rows(
                withoutByteOrderMark(text),
                RFC_4180.builder().setLenientEof(true).setTrailingData(true).get());
    }

    private static List<Row> rows(String content, CSVFormat format) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(content, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // The parser counts the line ends it has read; the next record starts on the line after them.
                int line = (int) parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        return rows;
                    }
                    rows.add(new Row(line, List.copyOf(records.next().toList())));
                } catch (UncheckedIOException e) {
                    throw new MalformedException(line, e.getCause());
                }
            }
        } catch (IOException e) {
            // Reading a String fails only on malformed content, which the loop above reports with its line.
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
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
