package org.homewatch.core.schedule.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.homewatch.model.PresenceCheck;
import org.homewatch.spi.identity.PresenceClaim;
import org.homewatch.spi.identity.PresenceVerifier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the plugged-in {@link PresenceVerifier} so that nothing it does can pass a check it did not pass, nor hold
 * the caller: each call runs on a daemon thread of a small pool of its own, and the caller waits at most the
 * timeout, then interrupts the call. The pool is bounded ({@value #MAX_CONCURRENT_CALLS} calls at once, no queue):
 * a verifier that hangs without honouring interruption can hold at most that many threads, and calls beyond them
 * are refused at once as {@link Verdict#BUSY}, not queued behind the hung ones. A verifier that hangs but does honour
 * interruption frees its thread at each timeout, so the pool never fills: after {@value #MAX_CONCURRENT_CALLS}
 * timeouts in a row it is taken for down, and claims are refused at once as {@link Verdict#BUSY} for
 * {@link #COOL_DOWN} (or the timeout, if longer); then one call tries it again. Otherwise a settling batch would wait
 * the full timeout once per check (500 checks at 10 s: well over an hour), each ending not verified anyway. Without
 * a verifier there is no pool and every claim is {@link Verdict#NO_VERIFIER}.
 */
public final class PresenceVerification implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PresenceVerification.class);
  static final int MAX_CONCURRENT_CALLS = 4;
  /** How long a verifier that timed out {@value #MAX_CONCURRENT_CALLS} times in a row is not called. */
  static final Duration COOL_DOWN = Duration.ofSeconds(30);

  /** What became of one verification; only {@link #PASSED} passes, only {@link #FAILED} fails. */
  public enum Verdict {
    /** The verifier said PASSED. */
    PASSED("the presence verifier passed it"),
    /** The verifier said FAILED. */
    FAILED("the presence verifier failed it"),
    /** The verifier said it could not decide. */
    NOT_PERFORMED("the presence verifier could not decide"),
    /** The verifier returned null. */
    NO_VERDICT("the presence verifier gave no verdict"),
    /** The verifier threw. */
    ERROR("the presence verifier failed with an error"),
    /** The verifier did not answer within the timeout. */
    TIMEOUT("the presence verifier did not answer in time"),
    /** Too many calls were still running (a hung verifier): not called. */
    BUSY("the presence verifier was busy with calls that did not end"),
    /** No verifier is configured: nothing can be verified. */
    NO_VERIFIER("no presence verifier is configured"),
    /** The check-in carried no evidence reference to verify. */
    NO_EVIDENCE_REFERENCE("the check-in carried no evidence reference");

    private final String reason;

    Verdict(String reason) {
      this.reason = reason;
    }

    /** Why, in a sentence for the case history (no personal data). */
    public String reason() {
      return reason;
    }
  }

  /** The caller's thread was interrupted while it waited: the verification neither passed nor failed. */
  public static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("interrupted while waiting for the presence verifier");
    }
  }

  private final @Nullable PresenceVerifier verifier;
  private final Duration timeout;
  private final @Nullable ThreadPoolExecutor pool;
  private final long coolDownNanos;
  /** Timeouts since the verifier last answered (anything, even an error). */
  private final AtomicInteger timeoutsInARow = new AtomicInteger();
  /** While {@link System#nanoTime()} is before this, the verifier is taken for down; read and written racily. */
  private volatile long downUntil;
  private volatile boolean down;

  private PresenceVerification(@Nullable PresenceVerifier verifier, Duration timeout) {
    this.verifier = verifier;
    this.timeout = timeout;
    this.pool = verifier == null ? null : pool();
    this.coolDownNanos = (timeout.compareTo(COOL_DOWN) > 0 ? timeout : COOL_DOWN).toNanos();
  }

  /** Verification through {@code verifier}, each call cut off after {@code timeout}. */
  public static PresenceVerification through(PresenceVerifier verifier, Duration timeout) {
    return new PresenceVerification(verifier, timeout);
  }

  /** No verifier: every claim is {@link Verdict#NO_VERIFIER}. */
  public static PresenceVerification none() {
    return new PresenceVerification(null, Duration.ZERO);
  }

  /** The verifier's name for the audit trail, or {@code none}. */
  public String verifierName() {
    return verifier == null ? "none" : verifier.name();
  }

  /**
   * Verifies one claim, waiting at most the timeout.
   *
   * @throws Interrupted if the calling thread was interrupted while waiting (its interrupt flag is set again)
   */
  public Verdict verify(PresenceClaim claim) {
    if (verifier == null || pool == null) {
      return Verdict.NO_VERIFIER;
    }
    PresenceVerifier v = verifier;
    if (down && System.nanoTime() - downUntil < 0) {
      return Verdict.BUSY;
    }
    Future<PresenceCheck.@Nullable Result> call;
    try {
      call = pool.submit(() -> v.verify(claim));
    } catch (RejectedExecutionException busy) {
      log.warn("presence verifier {} not called for case {}: {} calls are still running", v.name(), claim.caseId(),
          MAX_CONCURRENT_CALLS);
      return Verdict.BUSY;
    }
    try {
      PresenceCheck.@Nullable Result result = call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      answered();
      if (result == null) {
        return Verdict.NO_VERDICT;
      }
      return switch (result) {
        case PASSED -> Verdict.PASSED;
        case FAILED -> Verdict.FAILED;
        case NOT_PERFORMED -> Verdict.NOT_PERFORMED;
      };
    } catch (TimeoutException slow) {
      call.cancel(true);
      log.warn("presence verifier {} did not answer within {} for case {}", v.name(), timeout, claim.caseId());
      if (timeoutsInARow.incrementAndGet() >= MAX_CONCURRENT_CALLS) {
        downUntil = System.nanoTime() + coolDownNanos;
        down = true;
        log.warn("presence verifier {} timed out {} times in a row: not called for {}; checks meanwhile are not "
            + "verified", v.name(), timeoutsInARow.get(), Duration.ofNanos(coolDownNanos));
      }
      return Verdict.TIMEOUT;
    } catch (ExecutionException failed) {
      answered();
      // The class only: a verifier's message may quote what it was sent.
      log.warn("presence verifier {} failed for case {}: {}", v.name(), claim.caseId(),
          failed.getCause() == null ? "?" : failed.getCause().getClass().getName());
      return Verdict.ERROR;
    } catch (InterruptedException interrupted) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      throw new Interrupted();
    }
  }

  /** The verifier answered (whatever it said): it is up. */
  private void answered() {
    timeoutsInARow.set(0);
    down = false;
  }

  /** Stops the pool's threads (interrupting calls still running). */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static ThreadPoolExecutor pool() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory daemons = r -> {
      Thread t = new Thread(r, "homewatch-presence-verifier-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    return new ThreadPoolExecutor(0, MAX_CONCURRENT_CALLS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemons,
        new ThreadPoolExecutor.AbortPolicy());
  }
}
