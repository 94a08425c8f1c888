package org.g5sahel.pcms.alerts.cap;

import java.util.List;
import org.g5sahel.pcms.alerts.model.AlertArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Whether a CAP area meets a circle on the ground (a subscription's centre and radius), with real geometry (JTS): a
 * polygon meets it when they intersect — an edge crossing it, the circle wholly inside the polygon, or the polygon
 * wholly inside the circle; an alert's circle meets it when the great-circle distance between the centres is at most
 * the sum of the radii. Polygons are compared in kilometres on a plane centred on the subscription (equirectangular),
 * where the subscription's circle is a buffered point: over the few hundred kilometres an alert area spans, its error
 * is well under one percent.
 */
public final class AreaGeometry {

    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final int SEGMENTS_PER_QUADRANT = 32;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private AreaGeometry() {}

    public static boolean meetsCircle(AlertArea area, double lat, double lon, double radiusKm) {
        for (String circle : area.circles()) {
            double[] parsed = AreaRules.circle(circle);
            if (parsed != null && distanceKm(parsed[0], parsed[1], lat, lon) <= parsed[2] + radiusKm) {
                return true;
            }
        }
        if (area.polygons().isEmpty()) {
            return false;
        }
        Geometry disc = GEOMETRY.createPoint(new Coordinate(0, 0)).buffer(radiusKm, SEGMENTS_PER_QUADRANT);
        for (String polygon : area.polygons()) {
            List<AreaRules.Point> points = AreaRules.polygon(polygon);
            if (points != null
                    && points.size() >= 4
                    && projected(points, lat, lon).intersects(disc)) {
                return true;
            }
        }
        return false;
    }

    /** Great-circle distance in km. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** The polygon in km east and north of the centre; a ring that is not simple is repaired by a zero buffer. */
    private static Geometry projected(List<AreaRules.Point> points, double centreLat, double centreLon) {
        double cosLat = Math.cos(Math.toRadians(centreLat));
        Coordinate[] ring = points.stream()
                .map(point -> {
                    double dLon = ((point.lon() - centreLon + 540) % 360) - 180;
                    return new Coordinate(
                            Math.toRadians(dLon) * EARTH_RADIUS_KM * cosLat,
                            Math.toRadians(point.lat() - centreLat) * EARTH_RADIUS_KM);
                })
                .toArray(Coordinate[]::new);
        Geometry polygon = GEOMETRY.createPolygon(ring);
        return polygon.isValid() ? polygon : polygon.buffer(0);
    }
}
