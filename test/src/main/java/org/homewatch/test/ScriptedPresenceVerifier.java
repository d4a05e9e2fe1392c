package org.homewatch.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.homewatch.model.PresenceCheck;
import org.homewatch.spi.identity.PresenceClaim;
import org.homewatch.spi.identity.PresenceVerifier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PresenceVerifier} for tests whose verdict is decided by the evidence reference alone, so that a test
 * (or a portal's demo) says what happens by what the app uploads. By the reference's start:
 *
 * <table>
 *   <caption>Verdict by evidence reference</caption>
 *   <tr><th>reference starts with</th><th>the verifier</th></tr>
 *   <tr><td>{@value #PASS}</td><td>returns {@code PASSED}</td></tr>
 *   <tr><td>{@value #FAIL}</td><td>returns {@code FAILED}</td></tr>
 *   <tr><td>{@value #THROW}</td><td>throws an {@link IllegalStateException}</td></tr>
 *   <tr><td>{@value #NULL}</td><td>returns {@code null} (no verdict)</td></tr>
 *   <tr><td>{@value #HANG}</td><td>blocks until interrupted, then returns {@code PASSED} (too late to count)</td></tr>
 *   <tr><td>anything else</td><td>returns {@code NOT_PERFORMED}</td></tr>
 * </table>
 *
 * <p>It records every claim it was asked about ({@link #claims()}). Thread-safe.
 */
public final class ScriptedPresenceVerifier implements PresenceVerifier {
  /** A reference starting with this passes. */
  public static final String PASS = "pass";
  /** A reference starting with this fails. */
  public static final String FAIL = "fail";
  /** A reference starting with this makes the verifier throw. */
  public static final String THROW = "throw";
  /** A reference starting with this makes the verifier return {@code null}. */
  public static final String NULL = "null";
  /** A reference starting with this makes the verifier block until interrupted. */
  public static final String HANG = "hang";

  private final List<PresenceClaim> claims = new CopyOnWriteArrayList<>();

  /** A verifier named {@code scripted}. */
  public ScriptedPresenceVerifier() {}

  @Override
  public String name() {
    return "scripted";
  }

  @Override
  public PresenceCheck.@Nullable Result verify(PresenceClaim claim) {
    claims.add(claim);
    String reference = claim.evidenceReference();
    if (reference.startsWith(PASS)) {
      return PresenceCheck.Result.PASSED;
    }
    if (reference.startsWith(FAIL)) {
      return PresenceCheck.Result.FAILED;
    }
    if (reference.startsWith(THROW)) {
      throw new IllegalStateException("scripted verifier failure");
    }
    if (reference.startsWith(NULL)) {
      return null;
    }
    if (reference.startsWith(HANG)) {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return PresenceCheck.Result.PASSED;
    }
    return PresenceCheck.Result.NOT_PERFORMED;
  }

  /**
   * Every claim asked about so far.
   *
   * @return the claims, in the order they were asked about
   */
  public List<PresenceClaim> claims() {
    return List.copyOf(claims);
  }
}
