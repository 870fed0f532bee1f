package org.communityjourneys.shared.domain;

/**
 * Ordnance Survey National Grid references (OSGB36, EPSG:27700: what Code-Point Open gives for a
 * postcode) turned into {@link MapPoint}s on WGS84. The inverse Transverse Mercator projection on
 * the Airy 1830 ellipsoid, then the seven-parameter Helmert shift OS publishes for OSGB36 to WGS84
 * (good to about 5 metres, plenty for placing an idea in its ward). Formulas from the OS guide
 * "A guide to coordinate systems in Great Britain", sections C and 6.6.
 */
public final class NationalGrid {

    // Airy 1830 ellipsoid and the National Grid's projection
    private static final double AIRY_A = 6_377_563.396;
    private static final double AIRY_B = 6_356_256.909;
    private static final double SCALE = 0.9996012717;
    private static final double LAT0 = Math.toRadians(49);
    private static final double LON0 = Math.toRadians(-2);
    private static final double NORTHING0 = -100_000;
    private static final double EASTING0 = 400_000;

    // WGS84 (GRS80) ellipsoid
    private static final double WGS_A = 6_378_137.0;
    private static final double WGS_B = 6_356_752.3141;

    // Helmert OSGB36 -> WGS84 (the published WGS84 -> OSGB36 parameters with their signs turned)
    private static final double TX = 446.448;
    private static final double TY = -125.157;
    private static final double TZ = 542.060;
    private static final double S = -20.4894e-6;
    private static final double RX = Math.toRadians(0.1502 / 3600);
    private static final double RY = Math.toRadians(0.2470 / 3600);
    private static final double RZ = Math.toRadians(0.8421 / 3600);

    private NationalGrid() {
    }

    /** The point on WGS84 of a grid reference in metres; refused outside the grid (0..700 km, 0..1,300 km). */
    public static MapPoint toMapPoint(double easting, double northing) {
        if (!(easting >= 0 && easting <= 700_000 && northing >= 0 && northing <= 1_300_000)) {
            throw new IllegalArgumentException("Not a National Grid reference: " + easting + ", " + northing);
        }
        double[] osgb = gridToAiry(easting, northing);
        double[] wgs = airyToWgs84(osgb[0], osgb[1]);
        return MapPoint.of(Math.toDegrees(wgs[0]), Math.toDegrees(wgs[1]));
    }

    /** OS guide section C.2: latitude and longitude (radians) on Airy 1830 of an easting and northing. */
    static double[] gridToAiry(double easting, double northing) {
        double a = AIRY_A;
        double b = AIRY_B;
        double e2 = 1 - (b * b) / (a * a);
        double n = (a - b) / (a + b);
        double lat = LAT0;
        double m = 0;
        do {
            lat = (northing - NORTHING0 - m) / (a * SCALE) + lat;
            m = meridionalArc(b, n, lat);
        } while (Math.abs(northing - NORTHING0 - m) >= 0.00001);
        double sin = Math.sin(lat);
        double cos = Math.cos(lat);
        double tan = Math.tan(lat);
        double nu = a * SCALE / Math.sqrt(1 - e2 * sin * sin);
        double rho = a * SCALE * (1 - e2) / Math.pow(1 - e2 * sin * sin, 1.5);
        double eta2 = nu / rho - 1;
        double sec = 1 / cos;
        double vii = tan / (2 * rho * nu);
        double viii = tan / (24 * rho * Math.pow(nu, 3)) * (5 + 3 * tan * tan + eta2 - 9 * tan * tan * eta2);
        double ix = tan / (720 * rho * Math.pow(nu, 5)) * (61 + 90 * tan * tan + 45 * Math.pow(tan, 4));
        double x = sec / nu;
        double xi = sec / (6 * Math.pow(nu, 3)) * (nu / rho + 2 * tan * tan);
        double xii = sec / (120 * Math.pow(nu, 5)) * (5 + 28 * tan * tan + 24 * Math.pow(tan, 4));
        double xiia = sec / (5040 * Math.pow(nu, 7)) * (61 + 662 * tan * tan + 1320 * Math.pow(tan, 4) + 720 * Math.pow(tan, 6));
        double de = easting - EASTING0;
        double latitude = lat - vii * de * de + viii * Math.pow(de, 4) - ix * Math.pow(de, 6);
        double longitude = LON0 + x * de - xi * Math.pow(de, 3) + xii * Math.pow(de, 5) - xiia * Math.pow(de, 7);
        return new double[] {latitude, longitude};
    }

    private static double meridionalArc(double b, double n, double lat) {
        double dLat = lat - LAT0;
        double sLat = lat + LAT0;
        return b * SCALE * ((1 + n + 5.0 / 4 * n * n + 5.0 / 4 * n * n * n) * dLat
                - (3 * n + 3 * n * n + 21.0 / 8 * n * n * n) * Math.sin(dLat) * Math.cos(sLat)
                + (15.0 / 8 * n * n + 15.0 / 8 * n * n * n) * Math.sin(2 * dLat) * Math.cos(2 * sLat)
                - 35.0 / 24 * n * n * n * Math.sin(3 * dLat) * Math.cos(3 * sLat));
    }

    /** Airy 1830 latitude and longitude to WGS84, through earth-centred coordinates and the Helmert shift. */
    private static double[] airyToWgs84(double lat, double lon) {
        double e2 = 1 - (AIRY_B * AIRY_B) / (AIRY_A * AIRY_A);
        double nu = AIRY_A / Math.sqrt(1 - e2 * Math.sin(lat) * Math.sin(lat));
        double x = nu * Math.cos(lat) * Math.cos(lon);
        double y = nu * Math.cos(lat) * Math.sin(lon);
        double z = (1 - e2) * nu * Math.sin(lat);

        double x2 = TX + (1 + S) * x - RZ * y + RY * z;
        double y2 = TY + RZ * x + (1 + S) * y - RX * z;
        double z2 = TZ - RY * x + RX * y + (1 + S) * z;

        double we2 = 1 - (WGS_B * WGS_B) / (WGS_A * WGS_A);
        double p = Math.sqrt(x2 * x2 + y2 * y2);
        double latitude = Math.atan2(z2, p * (1 - we2));
        double previous;
        do {
            previous = latitude;
            double wnu = WGS_A / Math.sqrt(1 - we2 * Math.sin(latitude) * Math.sin(latitude));
            latitude = Math.atan2(z2 + we2 * wnu * Math.sin(latitude), p);
        } while (Math.abs(latitude - previous) > 1e-12);
        return new double[] {latitude, Math.atan2(y2, x2)};
    }
}
