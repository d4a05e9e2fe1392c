package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homewatch.ConfigurationException;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.schedule.RandomSpotCheckReport;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.model.AccountId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckId;
import org.homewatch.model.SpotCheckState;
import org.homewatch.test.RecordingChannel;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13.2, "or a policy asks for it": random spot checks by policy, verified as staff's are. */
class RandomSpotChecksTest {
  static final RandomSpotChecks F1_THREE_A_DAY =
      RandomSpotChecks.of(3, LocalTime.of(7, 0), LocalTime.of(21, 0), CaseCategory.F1);
  static final Duration STEP = Duration.ofMinutes(10);

  static IsolationCase register(World world, String name, CaseCategory category) {
    return world.homewatch.cases().register(world.enroller, NewCase.of(World.person(name, World.COMMUNE_A, 1985),
        category, new QuarantineDecision("12/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), World.TODAY));
  }

  /** A check-in answering a spot check, with a presence check the app says PASSED and {@code reference}. */
  static void checkIn(World world, IsolationCase c, String reference) {
    NewDeclaration d = world.declaration(c, World.normal());
    world.homewatch.declarations().submit(world.citizen(c), new NewDeclaration(d.id(), d.caseId(), d.observedAt(),
        d.vitals(), d.symptoms(), Optional.empty(), Optional.of(GeoPoint.of(13.65, 108.08)),
        Optional.of(new PresenceCheck(PresenceCheck.Result.PASSED, "app-liveness", Optional.of(reference)))));
  }

  /**
   * Runs the policy's job and the settling job every {@link #STEP} for {@code span}; whenever a case has an open
   * check, its person answers it once with the reference {@code answer} gives (none when it gives empty).
   */
  static void run(World world, Duration span, List<IsolationCase> cases,
      Function<IsolationCase, Optional<String>> answer) {
    run(world, span, STEP, cases, answer);
  }

  /** As {@link #run(World, Duration, List, Function)}, the jobs running every {@code step}. */
  static void run(World world, Duration span, Duration step, List<IsolationCase> cases,
      Function<IsolationCase, Optional<String>> answer) {
    BackgroundJob job = HomewatchJobs.randomSpotChecks(world.homewatch);
    int n = 0;
    Set<SpotCheckId> answered = new HashSet<>();
    for (Duration t = Duration.ZERO; t.compareTo(span) < 0; t = t.plus(step)) {
      world.clock.advance(step);
      // Fewer cases than a batch: one batch of the job covers them all.
      assertTrue(job.runBatch(world.system, PageRequest.first(100)).examined() <= cases.size());
      for (IsolationCase c : cases) {
        Optional<SpotCheck> open = world.homewatch.spotChecks().pending(world.nurseA, c.id());
        if (open.isPresent() && answered.add(open.get().id())) {
          Optional<String> reference = answer.apply(c);
          if (reference.isPresent()) {
            world.clock.advance(Duration.ofSeconds(30));
            checkIn(world, c, reference.get() + "-" + n++);
          }
        }
      }
      world.homewatch.spotChecks().settleDue(world.system, PageRequest.first(100));
    }
    // Past the last check's answer time, so that every check asked is settled.
    world.clock.advance(Duration.ofMinutes(31));
    world.homewatch.spotChecks().settleDue(world.system, PageRequest.first(100));
  }

  static List<SpotCheck> checks(World world, IsolationCase c) {
    return world.homewatch.spotChecks().history(world.nurseA, c.id());
  }

  static World world(RandomSpotChecks policy, ScriptedPresenceVerifier verifier) {
    return new World(b -> b.personChannel("test").presenceVerifier(verifier)
        .presenceVerificationTimeout(Duration.ofMillis(200)).randomSpotChecks(policy));
  }

  @Test
  @DisplayName("a policy of 3 checks a day from 07:00 to 21:00 for F1: each F1 case is asked exactly 3 a day, "
      + "within the window, never two open at once; an F2 case is never asked")
  void threeADayForF1Only() {
    try (World world = world(F1_THREE_A_DAY, new ScriptedPresenceVerifier())) {
      IsolationCase f1 = register(world, "Hoàng Văn Sơn", CaseCategory.F1);
      IsolationCase other = register(world, "Nguyễn Thị Hoà", CaseCategory.F1);
      IsolationCase f2 = register(world, "Đặng Văn Đức", CaseCategory.F2);
      run(world, Duration.ofDays(2).plusHours(16), List.of(f1, other, f2), c -> Optional.of("pass"));

      assertEquals(List.of(), checks(world, f2));
      for (IsolationCase c : List.of(f1, other)) {
        List<SpotCheck> asked = checks(world, c);
        Map<LocalDate, Long> perDay = asked.stream().collect(Collectors.groupingBy(
            s -> LocalDate.ofInstant(s.requestedAt(), c.zone()), Collectors.counting()));
        // From 08:00 on day 1 (the day's first part may have passed) to 24:00 on day 3.
        assertEquals(3L, perDay.get(World.TODAY.plusDays(1)), asked.toString());
        assertEquals(3L, perDay.get(World.TODAY.plusDays(2)), asked.toString());
        assertTrue(perDay.get(World.TODAY) <= 3, asked.toString());
        for (SpotCheck s : asked) {
          LocalTime at = ZonedDateTime.ofInstant(s.requestedAt(), c.zone()).toLocalTime();
          // Asked at the first run after its time: at most a step (or an open check's answer time) late.
          assertTrue(!at.isBefore(LocalTime.of(7, 0)) && at.isBefore(LocalTime.of(21, 50)), s.toString());
          assertEquals(AccountId.SYSTEM, s.requestedBy());
        }
        for (int i = 1; i < asked.size(); i++) {
          assertFalse(asked.get(i).requestedAt().isBefore(asked.get(i - 1).answerBy()), "two open at once");
        }
      }
    }
  }

  @Test
  @DisplayName("two nodes on one storage, each with its own secret and so its own times, together ask a case at "
      + "most perDay checks a day, never two open at once")
  void twoNodesKeepTheCap() {
    RandomSpotChecks sixADay = RandomSpotChecks.of(6, LocalTime.of(7, 0), LocalTime.of(21, 0), CaseCategory.F1);
    try (World world = world(sixADay, new ScriptedPresenceVerifier());
        Homewatch second = Homewatch.builder().storage(world.storage).channel(new RecordingChannel("test"))
            .personChannel("test").clock(world.clock).randomSpotChecks(sixADay).build()) {
      IsolationCase c = register(world, "Hoàng Văn Sơn", CaseCategory.F1);
      for (Duration t = Duration.ZERO; t.compareTo(Duration.ofDays(2)) < 0; t = t.plus(STEP)) {
        world.clock.advance(STEP);
        for (Homewatch node : List.of(world.homewatch, second)) {
          node.spotChecks().requestRandomDue(world.system, PageRequest.first(100));
          node.spotChecks().settleDue(world.system, PageRequest.first(100));
        }
      }
      List<SpotCheck> asked = checks(world, c);
      Map<LocalDate, Long> perDay = asked.stream().collect(Collectors.groupingBy(
          s -> LocalDate.ofInstant(s.requestedAt(), c.zone()), Collectors.counting()));
      assertEquals(6L, perDay.get(World.TODAY.plusDays(1)), asked.toString());
      assertTrue(perDay.values().stream().allMatch(n -> n <= 6), asked.toString());
      for (int i = 1; i < asked.size(); i++) {
        assertFalse(asked.get(i).requestedAt().isBefore(asked.get(i - 1).answerBy()), "two open at once");
      }
    }
  }

  @Test
  @DisplayName("the policy's checks are settled by the verifier: its PASSED passes, its FAILED fails with the "
      + "PRESENCE_FAILED alert, and the check-ins of a case outside the policy are never sent to it")
  void verifiedByTheVerifier() {
    ScriptedPresenceVerifier verifier = new ScriptedPresenceVerifier();
    try (World world = world(F1_THREE_A_DAY, verifier)) {
      IsolationCase honest = register(world, "Hoàng Văn Sơn", CaseCategory.F1);
      IsolationCase away = register(world, "Nguyễn Thị Hoà", CaseCategory.F1);
      IsolationCase outside = register(world, "Đặng Văn Đức", CaseCategory.F2);
      for (int i = 0; i < 3; i++) {
        world.clock.advance(Duration.ofHours(4));
        checkIn(world, outside, "pass-unasked-" + i);
      }
      run(world, Duration.ofDays(1), List.of(honest, away, outside),
          c -> Optional.of(c.equals(honest) ? "pass" : "fail"));

      assertFalse(checks(world, honest).isEmpty());
      assertTrue(checks(world, honest).stream().allMatch(s -> s.state() == SpotCheckState.PASSED));
      assertFalse(checks(world, away).isEmpty());
      assertTrue(checks(world, away).stream().allMatch(s -> s.state() == SpotCheckState.FAILED));
      assertTrue(world.storage.inTransaction(tx -> tx.alerts().findActive(away.id(), AlertKind.PRESENCE_FAILED))
          .isPresent());
      assertTrue(world.storage.inTransaction(tx -> tx.alerts().findActive(honest.id(), AlertKind.PRESENCE_FAILED))
          .isEmpty());
      assertEquals(checks(world, honest).size() + checks(world, away).size(), verifier.claims().size());
      assertTrue(verifier.claims().stream().noneMatch(claim -> claim.caseId().equals(outside.id())));
    }
  }

  @Test
  @DisplayName("without a verifier the policy's checks answered with the app's own PASSED are NOT_VERIFIED, and "
      + "unanswered ones EXPIRED, each with the alert")
  void noVerifierNeverPasses() {
    try (World world = new World(b -> b.personChannel("test").randomSpotChecks(F1_THREE_A_DAY))) {
      IsolationCase answers = register(world, "Hoàng Văn Sơn", CaseCategory.F1);
      IsolationCase silent = register(world, "Nguyễn Thị Hoà", CaseCategory.F1);
      run(world, Duration.ofDays(1), List.of(answers, silent),
          c -> c.equals(answers) ? Optional.of("pass") : Optional.empty());
      assertFalse(checks(world, answers).isEmpty());
      assertTrue(checks(world, answers).stream().allMatch(s -> s.state() == SpotCheckState.NOT_VERIFIED));
      assertFalse(checks(world, silent).isEmpty());
      assertTrue(checks(world, silent).stream().allMatch(s -> s.state() == SpotCheckState.EXPIRED));
    }
  }

  @Test
  @DisplayName("each check the policy asks is audited as spotcheck.random with the check's id and deadline, in "
      + "the system's name, and recorded in the case history")
  void audited() {
    try (World world = world(F1_THREE_A_DAY, new ScriptedPresenceVerifier())) {
      IsolationCase c = register(world, "Hoàng Văn Sơn", CaseCategory.F1);
      run(world, Duration.ofDays(1), List.of(c), x -> Optional.empty());
      List<SpotCheck> asked = checks(world, c);
      List<AuditEvent> events = world.storage.inTransaction(tx -> tx.audit().list(World.PROVINCE,
          World.START.minusSeconds(1), PageRequest.first(1000))).items().stream()
          .filter(e -> e.action().equals("spotcheck.random")).toList();
      assertEquals(asked.size(), events.size());
      assertEquals(asked.stream().map(s -> Map.of("spotCheck", s.id().toString(), "answerBy",
          s.answerBy().toString())).collect(Collectors.toSet()),
          events.stream().map(AuditEvent::details).collect(Collectors.toSet()));
      assertTrue(events.stream().allMatch(e -> e.actor().equals(AccountId.SYSTEM)));
    }
  }

  @Test
  @DisplayName("by default there is no policy: the batch asks nothing and the standard jobs have no random "
      + "spot-check job; with a policy they have")
  void offByDefault() {
    try (World world = new World(b -> b.personChannel("test"))) {
      IsolationCase c = register(world, "Hoàng Văn Sơn", CaseCategory.F1);
      world.clock.advance(Duration.ofHours(12));
      assertEquals(new RandomSpotCheckReport(0, 0, Optional.empty()),
          world.homewatch.spotChecks().requestRandomDue(world.system, PageRequest.first(100)));
      assertEquals(List.of(), checks(world, c));
      assertFalse(HomewatchJobs.all(world.homewatch, Duration.ofMinutes(3)).stream()
          .anyMatch(j -> j.name().equals(HomewatchJobs.RANDOM_SPOT_CHECKS)));
    }
    try (World world = world(F1_THREE_A_DAY, new ScriptedPresenceVerifier())) {
      assertTrue(HomewatchJobs.all(world.homewatch, Duration.ofMinutes(3)).stream()
          .anyMatch(j -> j.name().equals(HomewatchJobs.RANDOM_SPOT_CHECKS)));
    }
  }

  @Test
  @DisplayName("nonsense policy values are refused, each naming its option: no category, 0 or 13 a day, no time, "
      + "a window under an hour or across midnight, the option set twice, or set with spot checks off")
  void nonsenseRefused() {
    LocalTime seven = LocalTime.of(7, 0);
    LocalTime nine = LocalTime.of(21, 0);
    Map<String, Runnable> bad = Map.of(
        "randomSpotChecks.categories", () -> new RandomSpotChecks(Set.of(), 1, seven, nine),
        "randomSpotChecks.perDay", () -> RandomSpotChecks.of(0, seven, nine, CaseCategory.F1),
        "randomSpotChecks.perDay ", () -> RandomSpotChecks.of(13, seven, nine, CaseCategory.F1),
        "randomSpotChecks.from", () -> new RandomSpotChecks(Set.of(CaseCategory.F1), 1, null, nine),
        "randomSpotChecks.until", () -> RandomSpotChecks.of(1, seven, seven.plusMinutes(59), CaseCategory.F1),
        "randomSpotChecks.until ", () -> RandomSpotChecks.of(1, nine, seven, CaseCategory.F1),
        "randomSpotChecks", () -> Homewatch.builder().randomSpotChecks(F1_THREE_A_DAY)
            .randomSpotChecks(F1_THREE_A_DAY),
        "randomSpotChecks ", () -> Homewatch.builder().storage(World.memoryStorage()).spotChecks(false)
            .randomSpotChecks(F1_THREE_A_DAY).build());
    bad.forEach((option, attempt) -> {
      ConfigurationException refused = assertThrows(ConfigurationException.class, attempt::run, option);
      assertTrue(refused.getMessage().contains(option.strip()), refused.getMessage());
    });
  }
}
