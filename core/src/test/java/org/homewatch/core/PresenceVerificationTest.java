package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConfigurationException;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseChange;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.Severity;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckState;
import org.homewatch.spi.identity.PresenceClaim;
import org.homewatch.spi.identity.PresenceVerifier;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13.2: the presence verifier's verdict, not the app's claim, settles a spot check. */
class PresenceVerificationTest {
  private static final Duration SHORT = Duration.ofMillis(300);

  /** Asks for a spot check, checks in once per reference (the app claiming PASSED), and settles it. */
  @SafeVarargs
  static SpotCheck answeredWith(World world, IsolationCase c, Optional<String>... references) {
    world.homewatch.spotChecks().request(world.nurseA, c.id());
    for (Optional<String> reference : references) {
      world.clock.advance(Duration.ofMinutes(1));
      NewDeclaration d = world.declaration(c, World.normal());
      world.homewatch.declarations().submit(world.citizen(c), new NewDeclaration(d.id(), d.caseId(), d.observedAt(),
          d.vitals(), d.symptoms(), Optional.empty(), Optional.of(GeoPoint.of(13.65, 108.08)),
          Optional.of(new PresenceCheck(PresenceCheck.Result.PASSED, "app-liveness", reference))));
    }
    world.clock.advance(Duration.ofMinutes(31));
    world.homewatch.spotChecks().settleDue(world.system, PageRequest.first(100));
    List<SpotCheck> all = world.homewatch.spotChecks().history(world.nurseA, c.id());
    return all.get(all.size() - 1);
  }

  private static SpotCheck answeredWith(World world, IsolationCase c, String reference) {
    return answeredWith(world, c, Optional.of(reference));
  }

  private static Optional<Alert> presenceAlert(World world, IsolationCase c) {
    return world.storage.inTransaction(tx -> tx.alerts().findActive(c.id(), AlertKind.PRESENCE_FAILED));
  }

  private static CaseChange lastChange(World world, IsolationCase c) {
    IsolationCase after = world.storage.inTransaction(tx -> tx.cases().find(c.id())).orElseThrow();
    return after.history().get(after.history().size() - 1);
  }

  private static World world(PresenceVerifier verifier) {
    return new World(b -> b.personChannel("test").presenceVerifier(verifier).presenceVerificationTimeout(SHORT));
  }

  @Test
  @DisplayName("the app's own PASSED is not trusted: the verifier's FAILED fails the check and opens the ABNORMAL "
      + "alert a failed spot check opens")
  void appClaimNotTrusted() {
    try (World world = world(new ScriptedPresenceVerifier())) {
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      SpotCheck check = answeredWith(world, c, "fail-face-7");
      assertEquals(SpotCheckState.FAILED, check.state());
      assertEquals(Severity.ABNORMAL, presenceAlert(world, c).orElseThrow().severity());
      assertEquals(CaseChange.Kind.SPOT_CHECK_FAILED, lastChange(world, c).kind());
    }
  }

  @Test
  @DisplayName("the verifier's PASSED passes the check, with the case, person, check-in and reference it was asked "
      + "about")
  void verifierPasses() {
    ScriptedPresenceVerifier verifier = new ScriptedPresenceVerifier();
    try (World world = world(verifier)) {
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      SpotCheck check = answeredWith(world, c, "pass-face-1");
      assertEquals(SpotCheckState.PASSED, check.state());
      assertEquals(Optional.empty(), presenceAlert(world, c));
      PresenceClaim claim = verifier.claims().get(0);
      assertEquals(List.of(c.id(), c.person().id(), check.evidence().orElseThrow(), "pass-face-1"),
          List.of(claim.caseId(), claim.person(), claim.declaration(), claim.evidenceReference()));
    }
  }

  @Test
  @DisplayName("a verifier that throws, returns null, says NOT_PERFORMED or hangs past the timeout leaves the check "
      + "NOT_VERIFIED, with the alert, and the reason in the case history")
  void neverPassedWhenNotVerified() {
    // the reasons in the deployment's language (Vietnamese by default)
    Map<String, String> reasons = Map.of("throw-1", "hệ thống xác thực gặp lỗi", "null-1",
        "hệ thống xác thực không trả kết quả", "other-1", "hệ thống xác thực không kết luận được",
        "hang-1", "hệ thống xác thực không trả lời kịp");
    for (Map.Entry<String, String> e : reasons.entrySet()) {
      try (World world = world(new ScriptedPresenceVerifier())) {
        IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
        long started = System.nanoTime();
        SpotCheck check = answeredWith(world, c, e.getKey());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0, e.getKey());
        assertEquals(SpotCheckState.NOT_VERIFIED, check.state(), e.getKey());
        assertEquals(Severity.ABNORMAL, presenceAlert(world, c).orElseThrow().severity(), e.getKey());
        CaseChange last = lastChange(world, c);
        assertEquals(CaseChange.Kind.SPOT_CHECK_NOT_VERIFIED, last.kind(), e.getKey());
        assertTrue(last.detail().contains(e.getValue()), last.detail());
      }
    }
  }

  @Test
  @DisplayName("without a verifier an answered check is NOT_VERIFIED (never PASSED), and so is a check-in without "
      + "an evidence reference, which the verifier is not asked about")
  void noVerifierNoReference() {
    try (World world = new World(b -> b.personChannel("test"))) {
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      assertEquals(SpotCheckState.NOT_VERIFIED, answeredWith(world, c, "pass-1").state());
      assertTrue(lastChange(world, c).detail().contains("chưa cấu hình hệ thống xác thực"));
    }
    ScriptedPresenceVerifier verifier = new ScriptedPresenceVerifier();
    try (World world = world(verifier)) {
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      assertEquals(SpotCheckState.NOT_VERIFIED, answeredWith(world, c, Optional.empty()).state());
      assertTrue(lastChange(world, c).detail().contains("không kèm bằng chứng để xác thực"));
      assertEquals(List.of(), verifier.claims());
    }
  }

  @Test
  @DisplayName("check-ins are verified oldest first until one passes: a failed one then a passed one pass the check")
  void secondCheckInPasses() {
    ScriptedPresenceVerifier verifier = new ScriptedPresenceVerifier();
    try (World world = world(verifier)) {
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      SpotCheck check = answeredWith(world, c, Optional.of("fail-blurred"), Optional.of("pass-retake"),
          Optional.of("pass-never-asked"));
      assertEquals(SpotCheckState.PASSED, check.state());
      assertEquals(List.of("fail-blurred", "pass-retake"),
          verifier.claims().stream().map(PresenceClaim::evidenceReference).toList());
    }
  }

  @Test
  @DisplayName("the verifier is called with no storage transaction open: a verifier that reads the storage itself "
      + "is not blocked by the settling job")
  void calledOutsideTransactions() {
    World[] holder = new World[1];
    PresenceVerifier reading = new PresenceVerifier() {
      @Override
      public String name() {
        return "reads-storage";
      }

      @Override
      public PresenceCheck.Result verify(PresenceClaim claim) {
        // The memory storage runs one transaction at a time: this blocks while the caller holds one.
        holder[0].storage.inTransaction(tx -> tx.cases().find(claim.caseId()));
        return PresenceCheck.Result.PASSED;
      }
    };
    try (World world = new World(b -> b.personChannel("test").presenceVerifier(reading)
        .presenceVerificationTimeout(Duration.ofSeconds(2)))) {
      holder[0] = world;
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      assertEquals(SpotCheckState.PASSED, answeredWith(world, c, "any").state());
    }
  }

  @Test
  @DisplayName("the audit record of the result holds the verifier, its verdict, the check-in and the evidence "
      + "reference, and nothing else")
  void audited() {
    try (World world = world(new ScriptedPresenceVerifier())) {
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      SpotCheck check = answeredWith(world, c, "null-ref-9");
      AuditEvent settled = world.storage.inTransaction(tx -> tx.audit().list(World.PROVINCE,
          World.START.minusSeconds(1), PageRequest.first(1000))).items().stream()
          .filter(e -> e.action().equals("spotcheck.settle")).findFirst().orElseThrow();
      assertEquals(Map.of("result", "SPOT_CHECK_NOT_VERIFIED", "verdict", "NO_VERDICT", "verifier", "scripted",
          "declaration", check.evidence().orElseThrow().toString(), "evidenceReference", "null-ref-9"),
          settled.details());
    }
  }

  @Test
  @DisplayName("the verification timeout is a named builder option: positive, at most 5 minutes, set once")
  void timeoutOption() {
    assertThrows(ConfigurationException.class,
        () -> Homewatch.builder().presenceVerificationTimeout(Duration.ZERO));
    assertThrows(ConfigurationException.class,
        () -> Homewatch.builder().presenceVerificationTimeout(Duration.ofMinutes(6)));
    ConfigurationException twice = assertThrows(ConfigurationException.class, () -> Homewatch.builder()
        .presenceVerificationTimeout(SHORT).presenceVerificationTimeout(SHORT));
    assertTrue(twice.getMessage().contains("presenceVerificationTimeout"), twice.getMessage());
    assertEquals(Duration.ofSeconds(10), Homewatch.Builder.DEFAULT_PRESENCE_VERIFICATION_TIMEOUT);
  }
}
