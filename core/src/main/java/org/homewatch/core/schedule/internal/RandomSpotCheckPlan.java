package org.homewatch.core.schedule.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.model.CaseId;

/**
 * When a {@link RandomSpotChecks} policy wants a case checked on a day: the window cut into {@code perDay} equal
 * parts, one time drawn in each by HMAC-SHA256 of the case, the day and the part under a key drawn from
 * {@link SecureRandom} when the plan is made. Nothing is stored: the same plan gives the same times, and without
 * the key they cannot be predicted (which is the point of a surprise check). Thread-safe.
 */
public final class RandomSpotCheckPlan {
  private static final String ALGORITHM = "HmacSHA256";
  /** How long after the window's close a check whose time came before it is still asked. */
  public static final Duration LATE_GRACE = Duration.ofMinutes(30);

  private final RandomSpotChecks policy;
  private final SecretKeySpec key;

  private RandomSpotCheckPlan(RandomSpotChecks policy, byte[] key) {
    this.policy = policy;
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * A plan under a fresh secret key.
   *
   * @param policy the province's policy
   * @return the plan
   */
  public static RandomSpotCheckPlan of(RandomSpotChecks policy) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new RandomSpotCheckPlan(policy, key);
  }

  /** The policy planned. */
  public RandomSpotChecks policy() {
    return policy;
  }

  /**
   * The case's policy check times on a local day in {@code zone}, earliest first.
   *
   * @param caseId the case
   * @param zone the case's zone
   * @param day the local day
   * @return {@code perDay} instants within the day's window
   */
  public List<Instant> timesOn(CaseId caseId, ZoneId zone, LocalDate day) {
    Instant opens = day.atTime(policy.from()).atZone(zone).toInstant();
    Instant closes = day.atTime(policy.until()).atZone(zone).toInstant();
    long partSeconds = Duration.between(opens, closes).toSeconds() / policy.perDay();
    List<Instant> times = new ArrayList<>(policy.perDay());
    for (int part = 0; part < policy.perDay(); part++) {
      long offset = Math.floorMod(draw(caseId, day, part), partSeconds);
      times.add(opens.plusSeconds(partSeconds * part + offset));
    }
    return times;
  }

  /**
   * The latest of the case's policy check times that is not after {@code now}, on now's local day.
   *
   * @param caseId the case
   * @param zone the case's zone
   * @param now the time
   * @return the time, or empty before the day's first one
   */
  public Optional<Instant> latestDue(CaseId caseId, ZoneId zone, Instant now) {
    List<Instant> come = timesComeBy(caseId, zone, now);
    return come.isEmpty() ? Optional.empty() : Optional.of(come.get(come.size() - 1));
  }

  /**
   * The case's policy check times on now's local day that are not after {@code now}, earliest first.
   *
   * @param caseId the case
   * @param zone the case's zone
   * @param now the time
   * @return the times come, possibly none
   */
  public List<Instant> timesComeBy(CaseId caseId, ZoneId zone, Instant now) {
    return timesOn(caseId, zone, LocalDate.ofInstant(now, zone)).stream().filter(t -> !t.isAfter(now)).toList();
  }

  /**
   * Whether a check whose time has come may still be asked at {@code now}: from the window's opening until
   * {@link #LATE_GRACE} after its close. The grace is for a time drawn in the window's last minutes, which the job
   * (running every few minutes) meets only after the close: without it such a check would never be asked and the case
   * would get fewer than {@code perDay}. Later than that it is dropped, so that a node that was down all evening does
   * not ask the day's checks at night.
   *
   * @param zone the case's zone
   * @param now the time
   * @return true from {@code from} to {@code until} plus the grace, on now's local day
   */
  public boolean stillAsking(ZoneId zone, Instant now) {
    LocalDate day = LocalDate.ofInstant(now, zone);
    Instant opens = day.atTime(policy.from()).atZone(zone).toInstant();
    Instant closes = day.atTime(policy.until()).atZone(zone).toInstant().plus(LATE_GRACE);
    return !now.isBefore(opens) && !now.isAfter(closes);
  }

  private long draw(CaseId caseId, LocalDate day, int part) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] h = mac.doFinal((caseId + "|" + day + "|" + part).getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v;
    } catch (GeneralSecurityException missing) {
      // HmacSHA256 is required of every Java platform.
      throw new IllegalStateException(ALGORITHM + " is not available", missing);
    }
  }
}
