package org.communityjourneys.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A point on the map in WGS84 degrees (what Leaflet and every web map use), kept to six decimal
 * places (about 10 cm), as the ward centroids are. Only points in Great Britain's box are points here.
 */
public record MapPoint(BigDecimal latitude, BigDecimal longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final String[] DIRECTIONS = {"north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"};

    public MapPoint {
        if (latitude == null || longitude == null) {
            throw new IllegalArgumentException("A place needs both a latitude and a longitude.");
        }
        latitude = latitude.setScale(6, RoundingMode.HALF_UP);
        longitude = longitude.setScale(6, RoundingMode.HALF_UP);
        if (latitude.doubleValue() < 49.8 || latitude.doubleValue() > 60.9
                || longitude.doubleValue() < -8.7 || longitude.doubleValue() > 1.8) {
            throw new IllegalArgumentException("That place is not in Great Britain.");
        }
    }

    public static MapPoint of(double latitude, double longitude) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
            throw new IllegalArgumentException("That place is not on the map.");
        }
        return new MapPoint(BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude));
    }

    /** The distance along the earth's surface (haversine on a sphere of the mean radius), in kilometres. */
    public double kilometresTo(MapPoint other) {
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** One of the eight compass directions from here to {@code other}, in words ("north-east"). */
    public String directionTo(MapPoint other) {
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double y = Math.sin(dLon) * Math.cos(lat2);
        double x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
        double bearing = (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
        return DIRECTIONS[(int) Math.round(bearing / 45) % 8];
    }
}
