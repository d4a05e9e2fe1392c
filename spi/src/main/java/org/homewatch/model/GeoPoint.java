package org.homewatch.model;

import java.util.OptionalDouble;

/**
 * A WGS 84 position with the reported accuracy radius, in metres, where the device gave one.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @param accuracyMeters the radius the position is good to, 0 to 100,000 m, if the device said
 */
public record GeoPoint(double latitude, double longitude, OptionalDouble accuracyMeters) {
  private static final double EARTH_RADIUS_METERS = 6_371_008.8;

  /**
   * Validates the ranges, collecting every violation.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @param accuracyMeters the radius the position is good to, 0 to 100,000 m, if the device said
   * @throws org.homewatch.ValidationException if a coordinate or the accuracy is out of range
   */
  public GeoPoint {
    java.util.Objects.requireNonNull(accuracyMeters, "accuracyMeters");
    new Checks()
        .range("location.latitude", latitude, -90, 90, "degrees")
        .range("location.longitude", longitude, -180, 180, "degrees")
        .range("location.accuracyMeters", accuracyMeters.orElse(0), 0, 100_000, "m")
        .throwIfAny();
  }

  /**
   * A position without accuracy.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @return the position
   */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude, OptionalDouble.empty());
  }

  /**
   * A position with the device's accuracy.
   *
   * @param latitude degrees north, -90 to 90
   * @param longitude degrees east, -180 to 180
   * @param accuracyMeters the radius the position is good to, 0 to 100,000 m
   * @return the position
   */
  public static GeoPoint of(double latitude, double longitude, double accuracyMeters) {
    return new GeoPoint(latitude, longitude, OptionalDouble.of(accuracyMeters));
  }

  /**
   * Great-circle (haversine) distance in metres; exact enough for "is this person at home".
   *
   * @param other another position
   * @return the distance in metres, 0 or more
   */
  public double distanceMetersTo(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
