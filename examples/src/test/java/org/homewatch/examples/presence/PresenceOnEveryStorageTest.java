package org.homewatch.examples.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.AlertKind;
import org.homewatch.model.CaseChange;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckState;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 13.2 through the public API: the verifier's verdict settles spot checks alike on every storage. */
class PresenceOnEveryStorageTest {
  static Stream<Arguments> storages() {
    return EveryStorage.storages("presence");
  }

  /** Asks, checks in with {@code reference} (the app claiming PASSED), lets the answer time run out, settles. */
  static SpotCheck settled(GiaLaiWorld world, IsolationCase c, String reference) {
    world.homewatch().spotChecks().request(GiaLai.NURSE_THI_TRAN, c.id());
    world.clock().advance(Duration.ofMinutes(2));
    NewDeclaration d = world.declaration(c, GiaLai.normalVitals());
    world.homewatch().declarations().submit(world.citizen(c), new NewDeclaration(d.id(), d.caseId(),
        d.observedAt(), d.vitals(), d.symptoms(), Optional.empty(), Optional.of(GeoPoint.of(13.70, 108.08)),
        Optional.of(new PresenceCheck(PresenceCheck.Result.PASSED, "app", Optional.of(reference)))));
    world.clock().advance(Duration.ofMinutes(30));
    world.homewatch().spotChecks().settleDue(GiaLai.SYSTEM, PageRequest.first(100));
    List<SpotCheck> all = world.homewatch().spotChecks().history(GiaLai.NURSE_THI_TRAN, c.id());
    return all.get(all.size() - 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("passed by the verifier: PASSED; failed: FAILED with the alert; hung past the timeout: NOT_VERIFIED "
      + "with the alert; each in the case history, on every storage")
  void verdictsSettle(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).homewatch(b -> b
        .presenceVerifier(new ScriptedPresenceVerifier()).presenceVerificationTimeout(Duration.ofMillis(300)))
        .build()) {
      IsolationCase home = world.registerF2("Nguyễn Thị Hoà", GiaLai.THI_TRAN_CHU_SE);
      IsolationCase away = world.registerF2("Đặng Văn Đức", GiaLai.THI_TRAN_CHU_SE);
      IsolationCase hung = world.registerF2("Rơ Châm H'Bia", GiaLai.THI_TRAN_CHU_SE);
      world.clock().advance(Duration.ofHours(1));

      assertEquals(SpotCheckState.PASSED, settled(world, home, "pass-selfie-1").state(), storageName);
      assertEquals(SpotCheckState.FAILED, settled(world, away, "fail-selfie-2").state(), storageName);
      long started = System.nanoTime();
      assertEquals(SpotCheckState.NOT_VERIFIED, settled(world, hung, "hang-selfie-3").state(), storageName);
      assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "the hung verifier held the caller");

      for (IsolationCase c : List.of(home, away, hung)) {
        boolean alerted = world.storage().inTransaction(tx -> tx.alerts().findActive(c.id(),
            AlertKind.PRESENCE_FAILED)).isPresent();
        assertEquals(c != home, alerted, storageName + " " + c.person().fullName());
      }
      IsolationCase after = world.homewatch().cases().get(GiaLai.NURSE_THI_TRAN, hung.id());
      assertEquals(CaseChange.Kind.SPOT_CHECK_NOT_VERIFIED,
          after.history().get(after.history().size() - 1).kind(), storageName);
    }
  }
}
