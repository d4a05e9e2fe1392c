package org.homewatch.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.homewatch.core.schedule.internal.PresenceVerification;
import org.homewatch.core.schedule.internal.PresenceVerification.Verdict;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.PersonId;
import org.homewatch.model.PresenceCheck;
import org.homewatch.spi.identity.PresenceClaim;
import org.homewatch.spi.identity.PresenceVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Probes of the presence verifier's pool: a verifier that hangs, is slow, throws an Error, or is asked 10,000 times. */
class PresenceVerifierUnderStressTest {
  private static final Duration TIMEOUT = Duration.ofMillis(50);

  private static PresenceClaim claim() {
    return new PresenceClaim(CaseId.random(), PersonId.random(), DeclarationId.random(), "ref", Instant.EPOCH);
  }

  private static PresenceVerifier verifier(AtomicInteger calls, Supplier<PresenceCheck.Result> answer) {
    return new PresenceVerifier() {
      @Override
      public String name() {
        return "probe";
      }

      @Override
      public PresenceCheck.Result verify(PresenceClaim claim) {
        calls.incrementAndGet();
        return answer.get();
      }
    };
  }

  private static long verifierThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("homewatch-presence-verifier-")).count();
  }

  @Test
  @DisplayName("a verifier that hangs until interrupted is not waited for once per check all batch long: after a "
      + "few timeouts in a row the rest of the checks are refused at once as BUSY (not verified), so a batch of "
      + "200 checks waits a few timeouts, not 200")
  void hungVerifierDoesNotHoldTheBatch() {
    AtomicInteger calls = new AtomicInteger();
    try (PresenceVerification verification = PresenceVerification.through(verifier(calls, () -> {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return PresenceCheck.Result.PASSED;
    }), TIMEOUT)) {
      Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
      for (int i = 0; i < 200; i++) {
        verdicts.merge(verification.verify(claim()), 1, Integer::sum);
      }
      assertEquals(200, verdicts.getOrDefault(Verdict.TIMEOUT, 0) + verdicts.getOrDefault(Verdict.BUSY, 0),
          verdicts.toString());
      assertTrue(calls.get() <= 8, "the verifier was called and waited for " + calls.get() + " times");
    }
  }

  @Test
  @DisplayName("10,000 checks at once against a verifier that ignores interruption: every one is TIMEOUT or BUSY, "
      + "never PASSED, none waits much past the timeout, at most four threads are held, and close() stops them")
  void saturatedPool() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    PresenceVerification verification = PresenceVerification.through(verifier(calls, () -> {
      boolean released = false;
      while (!released) {
        try {
          released = release.await(1, TimeUnit.DAYS);
        } catch (InterruptedException ignored) {
          // a badly written verifier: goes on waiting
        }
      }
      return PresenceCheck.Result.PASSED;
    }), TIMEOUT);
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Verdict>> verdicts = new ArrayList<>();
      long started = System.nanoTime();
      for (int i = 0; i < 10_000; i++) {
        verdicts.add(callers.submit(() -> verification.verify(claim())));
      }
      for (Future<Verdict> v : verdicts) {
        Verdict verdict = v.get(30, TimeUnit.SECONDS);
        assertTrue(verdict == Verdict.TIMEOUT || verdict == Verdict.BUSY, verdict.name());
      }
      assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 20, "the callers were held");
      assertTrue(verifierThreads() <= 4, verifierThreads() + " verifier threads");
    } finally {
      callers.shutdownNow();
      verification.close();
      release.countDown();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (verifierThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(0, verifierThreads(), "close() left verifier threads running");
  }

  @Test
  @DisplayName("a verifier that throws an Error is an ERROR verdict; one that answers PASSED after the timeout is "
      + "a TIMEOUT; neither passes, and the pool goes on answering")
  void errorsAndLateAnswers() {
    AtomicInteger calls = new AtomicInteger();
    try (PresenceVerification throwing = PresenceVerification.through(verifier(calls, () -> {
      throw new StackOverflowError("probe");
    }), TIMEOUT)) {
      assertEquals(Verdict.ERROR, throwing.verify(claim()));
      assertEquals(Verdict.ERROR, throwing.verify(claim()));
    }
    try (PresenceVerification late = PresenceVerification.through(verifier(calls, () -> {
      long until = System.nanoTime() + TIMEOUT.multipliedBy(3).toNanos();
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      return PresenceCheck.Result.PASSED;
    }), TIMEOUT)) {
      assertEquals(Verdict.TIMEOUT, late.verify(claim()));
    }
  }
}
