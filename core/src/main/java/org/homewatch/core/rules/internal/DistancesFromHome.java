package org.homewatch.core.rules.internal;

import java.util.List;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.model.Declaration;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.GeoPoint;
import org.jspecify.annotations.Nullable;

/** The {@code distanceFromHome} rules: distance minus the fix's accuracy radius, against each rule's metres. */
final class DistancesFromHome implements CompiledConditions, CompiledConditions.Screened {
  private static final double EARTH_RADIUS_METERS = 6_371_008.8;
  private final double[] meters;
  private final double nearest;
  private final RuleMeta[] meta;

  DistancesFromHome(List<RuleDefinition> rules, List<AgeBand> bands) {
    meters = new double[rules.size()];
    meta = new RuleMeta[rules.size()];
    double near = Double.POSITIVE_INFINITY;
    for (int i = 0; i < meters.length; i++) {
      meters[i] = ((Condition.DistanceFromHome) rules.get(i).condition()).meters();
      meta[i] = RuleMeta.of(rules.get(i), bands);
      near = Math.min(near, meters[i]);
    }
    nearest = near;
  }

  @Override
  public List<RuleMeta> rules() {
    return List.of(meta);
  }

  @Override
  public @Nullable Object evaluate(Declaration current, CaseFacts facts, int band, List<Declaration> history,
      @Nullable Object found) {
    if (current.location().isEmpty() || facts.home().isEmpty()) {
      return found;
    }
    GeoPoint at = current.location().get();
    double accuracy = at.accuracyMeters().orElse(0);
    double distance = distanceFromHome(facts.home().get(), at, accuracy);
    for (int i = 0; i < meters.length; i++) {
      if (meta[i].appliesTo(band) && distance - accuracy > meters[i]) {
        found = Evaluator.add(found, offSite(i, distance, accuracy));
      }
    }
    return found;
  }

  /**
   * How far a declaration was made from home, in metres. Nearly every declaration is made at home: a trig-free
   * upper bound (along the meridian, then the parallel, never shorter than the great circle) settles those
   * without the haversine. When a distance rule can fire, the result is the great circle itself.
   */
  private double distanceFromHome(GeoPoint home, GeoPoint at, double accuracy) {
    double bound = EARTH_RADIUS_METERS * (Math.abs(Math.toRadians(at.latitude() - home.latitude()))
        + Math.abs(Math.toRadians(at.longitude() - home.longitude())));
    return bound - accuracy <= nearest ? bound : home.distanceMetersTo(at);
  }

  private Finding offSite(int rule, double distance, double accuracy) {
    return meta[rule].finding(
        new Evidence("distanceMeters", Long.toString(Math.round(distance)), ">", RuleSetChecks.fmt(meters[rule])),
        new Evidence("accuracyMeters", Long.toString(Math.round(accuracy)), "subtracted", ""));
  }

  @Override
  public Screened screened() {
    return this;
  }

  /** NaN (no location, or no home) exceeds nothing. */
  @Override
  public Pass over(Columns c) {
    double[] distance = c.distanceFromHomeMeters;
    double[] accuracy = c.accuracyMeters;
    return (from, len, band, firstBit, acc) -> {
      for (int d = 0; d < meters.length; d++) {
        int bit = 1 << (firstBit + d);
        int base = ((firstBit + d) >>> 5) * ColumnScreen.BLOCK;
        double limit = meters[d];
        for (int i = 0; i < len; i++) {
          acc[base + i] |= distance[from + i] - accuracy[from + i] > limit ? bit : 0;
        }
      }
    };
  }

  @Override
  public Finding finding(Columns c, int row, int rule, int band) {
    return offSite(rule, c.distanceFromHomeMeters(row), c.accuracyMeters(row));
  }
}
