package org.homewatch.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock the test (or a simulation) moves by hand; Homewatch reads it like any clock. Thread-safe: a background
 * job on another thread sees the time the test set last. Clocks made by {@link #withZone} follow this one.
 */
public final class MutableClock extends Clock {
  private volatile Instant now;
  private final ZoneId zone;

  /**
   * A clock at {@code start}, in UTC.
   *
   * @param start the time to start at
   */
  public MutableClock(Instant start) {
    this(start, ZoneOffset.UTC);
  }

  /**
   * A clock at {@code start} in {@code zone}.
   *
   * @param start the time to start at
   * @param zone the zone the clock reports
   */
  public MutableClock(Instant start, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Moves the clock forward (or back, with a negative duration).
   *
   * @param duration how far to move
   */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  /**
   * Puts the clock at {@code instant}.
   *
   * @param instant the new time
   */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    MutableClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return newZone;
      }

      @Override
      public Clock withZone(ZoneId z) {
        return self.withZone(z);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }
}
