package org.g5sahel.pcms.alerts.cap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.g5sahel.pcms.alerts.model.AlertArea;
import org.g5sahel.pcms.commons.problem.Problem;

/** CAP 1.2 geometry: polygons of at least four WGS 84 points whose first and last are equal; circles with a radius. */
public final class AreaRules {

    /** A point of a polygon or the centre of a circle. */
    public record Point(double lat, double lon) {}

    private AreaRules() {}

    /** Field errors for every malformed polygon or circle, named {@code areas[i].polygons[j]}. */
    public static List<Problem.FieldError> check(List<AlertArea> areas) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            AlertArea area = areas.get(i);
            for (int j = 0; j < area.polygons().size(); j++) {
                String problem = polygonProblem(area.polygons().get(j));
                if (problem != null) {
                    errors.add(new Problem.FieldError("areas[%d].polygons[%d]".formatted(i, j), problem));
                }
            }
            for (int j = 0; j < area.circles().size(); j++) {
                if (circle(area.circles().get(j)) == null) {
                    errors.add(
                            new Problem.FieldError("areas[%d].circles[%d]".formatted(i, j), "area.circle-malformed"));
                }
            }
        }
        return errors;
    }

    /** The message key of what is wrong with a CAP polygon, or null when it is valid. */
    public static String polygonProblem(String polygon) {
        List<Point> points = polygon(polygon);
        if (points == null) {
            return "area.polygon-malformed";
        }
        if (points.size() < 4) {
            return "area.polygon-too-few-points";
        }
        if (!points.get(0).equals(points.get(points.size() - 1))) {
            return "area.polygon-not-closed";
        }
        return null;
    }

    /** The points of {@code "lat,lon lat,lon …"}, or null when one is not a WGS 84 coordinate pair. */
    public static List<Point> polygon(String polygon) {
        List<Point> points = new ArrayList<>();
        for (String pair : polygon.strip().split("\\s+")) {
            Point point = point(pair);
            if (point == null) {
                return null;
            }
            points.add(point);
        }
        return points;
    }

    /** The centre and radius (km) of {@code "lat,lon radius"}, or null. */
    public static double[] circle(String circle) {
        String[] parts = circle.strip().split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        Point centre = point(parts[0]);
        Double radius = number(parts[1]);
        if (centre == null || radius == null || radius < 0) {
            return null;
        }
        return new double[] {centre.lat(), centre.lon(), radius};
    }

    private static Point point(String pair) {
        String[] coordinates = pair.split(",");
        if (coordinates.length != 2) {
            return null;
        }
        Double lat = number(coordinates[0]);
        Double lon = number(coordinates[1]);
        if (lat == null || lon == null || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            return null;
        }
        return new Point(lat, lon);
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text.strip().toLowerCase(Locale.ROOT));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
