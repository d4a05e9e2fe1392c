package org.homewatch.examples.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.core.HomewatchJobs;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.AlertKind;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckId;
import org.homewatch.model.SpotCheckState;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 13.2, "or a policy asks for it": a random spot-check policy, verified, alike on every storage. */
class RandomSpotChecksOnEveryStorageTest {
  static Stream<Arguments> storages() {
    return EveryStorage.storages("randomspot");
  }

  static void checkIn(GiaLaiWorld world, IsolationCase c, String reference) {
    NewDeclaration d = world.declaration(c, GiaLai.normalVitals());
    world.homewatch().declarations().submit(world.citizen(c), new NewDeclaration(d.id(), d.caseId(),
        d.observedAt(), d.vitals(), d.symptoms(), Optional.empty(), Optional.of(GeoPoint.of(13.70, 108.08)),
        Optional.of(new PresenceCheck(PresenceCheck.Result.PASSED, "app", Optional.of(reference)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("a policy of 2 checks a day from 08:00 to 20:00 for F1: each F1 case is asked twice, the verifier's "
      + "PASSED passes and its FAILED fails with the alert; the F2 case is never asked and its check-ins never "
      + "reach the verifier, on every storage")
  void randomChecksVerified(String storageName, Supplier<Storage> storage) {
    ScriptedPresenceVerifier verifier = new ScriptedPresenceVerifier();
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).homewatch(b -> b
        .presenceVerifier(verifier).presenceVerificationTimeout(Duration.ofMillis(300))
        .randomSpotChecks(RandomSpotChecks.of(2, LocalTime.of(8, 0), LocalTime.of(20, 0), CaseCategory.F1)))
        .build()) {
      IsolationCase home = register(world, "Nguyễn Thị Hoà", CaseCategory.F1);
      IsolationCase away = register(world, "Đặng Văn Đức", CaseCategory.F1);
      IsolationCase f2 = register(world, "Rơ Châm H'Bia", CaseCategory.F2);
      Map<IsolationCase, String> answers = Map.of(home, "pass", away, "fail", f2, "pass");
      BackgroundJob ask = HomewatchJobs.randomSpotChecks(world.homewatch());
      BackgroundJob settle = HomewatchJobs.spotCheckDeadlines(world.homewatch());
      Set<SpotCheckId> answered = new HashSet<>();
      int n = 0;
      // The jobs every 30 minutes for 23 hours: both of the day's times (one in each 6-hour half) come.
      for (int step = 0; step < 23 * 2; step++) {
        world.clock().advance(Duration.ofMinutes(30));
        ask.runBatch(GiaLai.SYSTEM, PageRequest.first(100));
        for (IsolationCase c : List.of(home, away, f2)) {
          Optional<SpotCheck> open = world.homewatch().spotChecks().pending(GiaLai.NURSE_THI_TRAN, c.id());
          if (open.isPresent() && answered.add(open.get().id()) || c == f2 && step % 8 == 0) {
            checkIn(world, c, answers.get(c) + "-" + n++);
          }
        }
        settle.runBatch(GiaLai.SYSTEM, PageRequest.first(100));
      }
      world.clock().advance(Duration.ofMinutes(31));
      settle.runBatch(GiaLai.SYSTEM, PageRequest.first(100));

      assertEquals(List.of(SpotCheckState.PASSED, SpotCheckState.PASSED), states(world, home), storageName);
      assertEquals(List.of(SpotCheckState.FAILED, SpotCheckState.FAILED), states(world, away), storageName);
      assertEquals(List.of(), states(world, f2), storageName);
      assertTrue(world.storage().inTransaction(tx -> tx.alerts().findActive(away.id(), AlertKind.PRESENCE_FAILED))
          .isPresent(), storageName);
      assertTrue(world.storage().inTransaction(tx -> tx.alerts().findActive(home.id(), AlertKind.PRESENCE_FAILED))
          .isEmpty(), storageName);
      assertEquals(4, verifier.claims().size(), storageName);
      assertTrue(verifier.claims().stream().noneMatch(claim -> claim.caseId().equals(f2.id())), storageName);
    }
  }

  private static IsolationCase register(GiaLaiWorld world, String name, CaseCategory category) {
    return world.homewatch().cases().register(GiaLai.ENROLLER,
        NewCase.of(GiaLai.person(name, GiaLai.THI_TRAN_CHU_SE, 1985), category, GiaLai.DECISION, GiaLai.TODAY));
  }

  private static List<SpotCheckState> states(GiaLaiWorld world, IsolationCase c) {
    return world.homewatch().spotChecks().history(GiaLai.NURSE_THI_TRAN, c.id()).stream().map(SpotCheck::state)
        .toList();
  }
}
