package org.g5sahel.pcms.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one run measured: the table rows (measure, figure, reference, ratio, tool), each measure's details, the
 * durations of each step, the machine, and what failed. Written as JSON and printed as a table.
 */
public final class Results {

    /** One line of the table. {@code reference} and {@code ratio} are empty where the issue names no reference. */
    public record Row(String measure, String figure, String value, String reference, String ratio, String tool) {}

    private final Map<String, Object> run = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final Map<String, Double> durations = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    public void run(String key, Object value) {
        run.put(key, value);
    }

    public void row(String measure, String figure, String value, String reference, String ratio, String tool) {
        rows.add(new Row(measure, figure, value, reference, ratio, tool));
    }

    public void detail(String measure, String key, Object value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> of = (Map<String, Object>) details.computeIfAbsent(measure, k -> new LinkedHashMap<>());
        of.put(key, value);
    }

    public void duration(String step, double seconds) {
        durations.put(step, Math.round(seconds * 10) / 10.0);
    }

    public void failure(String measure, String reason) {
        failures.put(measure, reason);
    }

    public boolean failed() {
        return !failures.isEmpty();
    }

    public void write(Path file) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>(run);
        document.put("table", rows);
        document.put("details", details);
        document.put("durationsSeconds", durations);
        document.put("failures", failures);
        Files.createDirectories(file.getParent());
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    }

    public void print(PrintStream out) {
        String[] header = {"measure", "figure", "value", "reference", "ratio", "tool"};
        int[] widths = new int[header.length];
        List<String[]> lines = new ArrayList<>();
        lines.add(header);
        rows.forEach(row -> lines.add(
                new String[] {row.measure(), row.figure(), row.value(), row.reference(), row.ratio(), row.tool()}));
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                text.append(i == line.length - 1 ? line[i] : String.format("%-" + widths[i] + "s  ", line[i]));
            }
            out.println(text.toString().stripTrailing());
        }
        durations.forEach((step, seconds) -> out.printf(Locale.ROOT, "  %-32s %8.1f s%n", step, seconds));
        failures.forEach((measure, reason) -> out.println("FAILED " + measure + ": " + reason));
    }

    /** Figures as the table shows them. */
    public static String num(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    public static String ratio(double figure, double reference) {
        return reference == 0 ? "" : String.format(Locale.ROOT, "%.2f", figure / reference);
    }
}
