package org.homewatch.examples.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.core.alerts.AlertPolicy;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13's background work at the edges of time, on every storage: the clock on the last day of year 9999 with
 * policy durations of 3,650 days, so that every deadline lies past year 10000; those durations running out; and the
 * clock moving backwards between runs. (A clock past year 9999 in the case's zone is out of range: case periods end
 * by 31/12/9999, and PostgreSQL's driver cannot bind a day past it, so a report counter of such a day fails there.)
 */
class JobsAtTimeEdgesOnEveryStorageTest {
  private static final Duration TEN_YEARS = Duration.ofDays(3650);
  /** 09:00 on 31/12/9999 in Vietnam: the last local day a case may have. */
  private static final Instant LAST_DAY = Instant.parse("9999-12-31T02:00:00Z");

  static Stream<Arguments> storages() {
    return EveryStorage.storages("timeedges");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("on 31/12/9999 with 3,650-day policies every deadline lies in year 10009: stored and read back on "
      + "every storage, and the jobs run without firing early")
  void deadlinesPastYearTenThousand(String name, Supplier<Storage> storage) {
    try (GiaLaiWorld world = tenYearWorld(storage)) {
      // A case's period must end by 31/12/9999 (refused with a ValidationException otherwise): its last 14 days.
      LocalDate start = LocalDate.of(9999, 12, 18);
      world.clock().set(LAST_DAY.minus(Duration.ofDays(13)));
      IsolationCase c = world.homewatch().cases().register(GiaLai.ENROLLER, NewCase.of(
          GiaLai.person("Nguyễn Văn Cuối", GiaLai.THI_TRAN_CHU_SE, 9985), CaseCategory.F2,
          new QuarantineDecision("99/QĐ-UBND", "UBND huyện Chư Sê", start), start));
      world.clock().set(LAST_DAY);
      Alert taken = openAndAcknowledge(world, c);
      assertEquals(LAST_DAY.plus(TEN_YEARS), taken.acknowledgeBy(), name);
      assertEquals(taken.acknowledgeBy(), world.homewatch().alerts().get(GiaLai.NURSE_THI_TRAN, taken.id())
          .acknowledgeBy(), name + ": read back");
      world.clock().advance(Duration.ofHours(5));
      assertEquals(0, world.homewatch().feedback().raiseUnanswered(GiaLai.SYSTEM, PageRequest.first(100)).raised(),
          name);
      assertEquals(0, world.homewatch().alerts().followUpUnresolved(GiaLai.SYSTEM, 100).due(), name);
      assertEquals(0, world.homewatch().alerts().escalateOverdue(GiaLai.SYSTEM, 100), name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("with 3,650-day policies the acknowledged alert is reminded and the feedback raised once, ten years "
      + "on, and not a minute before")
  void tenYearPolicies(String name, Supplier<Storage> storage) {
    try (GiaLaiWorld world = tenYearWorld(storage)) {
      IsolationCase c = world.registerF2("Nguyễn Văn Chờ", GiaLai.THI_TRAN_CHU_SE);
      openAndAcknowledge(world, c);
      world.clock().advance(TEN_YEARS.minusMinutes(1));
      assertEquals(0, world.homewatch().feedback().raiseUnanswered(GiaLai.SYSTEM, PageRequest.first(100)).raised(),
          name);
      assertEquals(0, world.homewatch().alerts().followUpUnresolved(GiaLai.SYSTEM, 100).reminded(), name);
      world.clock().advance(Duration.ofMinutes(2));
      assertEquals(1, world.homewatch().feedback().raiseUnanswered(GiaLai.SYSTEM, PageRequest.first(100)).raised(),
          name);
      assertEquals(1, world.homewatch().alerts().followUpUnresolved(GiaLai.SYSTEM, 100).reminded(), name);
      assertEquals(0, world.homewatch().feedback().raiseUnanswered(GiaLai.SYSTEM, PageRequest.first(100)).raised(),
          name);
      assertEquals(0, world.homewatch().alerts().followUpUnresolved(GiaLai.SYSTEM, 100).due(), name);
    }
  }

  private static GiaLaiWorld tenYearWorld(Supplier<Storage> storage) {
    Map<Severity, Duration> tenYears = Map.of(Severity.WATCH, TEN_YEARS, Severity.ABNORMAL, TEN_YEARS,
        Severity.EMERGENCY, TEN_YEARS);
    return GiaLaiWorld.builder().storage(storage.get()).homewatch(b -> b
        .alertPolicy(new AlertPolicy(Severity.ABNORMAL, Map.of(Severity.WATCH, Duration.ofHours(4),
            Severity.ABNORMAL, Duration.ofHours(1), Severity.EMERGENCY, Duration.ofMinutes(15)),
            Duration.ofMinutes(30), tenYears))
        .feedbackAnswerWithin(TEN_YEARS)).build();
  }

  /** An abnormal declaration's alert, acknowledged by the nurse, and an unanswered feedback item of the case. */
  private static Alert openAndAcknowledge(GiaLaiWorld world, IsolationCase c) {
    Alert alert = world.homewatch().declarations().submit(world.citizen(c), world.declaration(c, GiaLai.spo2(92)))
        .alert().orElseThrow();
    world.homewatch().feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, "Hết thuốc");
    return world.homewatch().alerts().acknowledge(GiaLai.NURSE_THI_TRAN, alert.id(), alert.version());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("the clock moving back a day between runs and forward again: no follow-up, feedback alert or "
      + "escalation is done twice")
  void clockBackwards(String name, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      IsolationCase c = world.registerF2("Trần Văn Lùi", GiaLai.THI_TRAN_CHU_SE);
      IsolationCase other = world.registerF2("Lê Thị Tới", GiaLai.THI_TRAN_CHU_SE);
      Alert alert = world.homewatch().declarations().submit(world.citizen(c), world.declaration(c, GiaLai.spo2(92)))
          .alert().orElseThrow();
      world.homewatch().declarations().submit(world.citizen(other), world.declaration(other, GiaLai.spo2(92)));
      world.homewatch().feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, "Hết thuốc");
      world.homewatch().alerts().acknowledge(GiaLai.NURSE_THI_TRAN, alert.id(), alert.version());
      world.clock().advance(Duration.ofDays(2));
      Runnable jobs = () -> {
        world.homewatch().alerts().escalateOverdue(GiaLai.SYSTEM, 100);
        world.homewatch().alerts().followUpUnresolved(GiaLai.SYSTEM, 100);
        world.homewatch().feedback().raiseUnanswered(GiaLai.SYSTEM, PageRequest.first(100));
      };
      jobs.run();
      world.clock().advance(Duration.ofDays(-1));
      jobs.run();
      world.clock().advance(Duration.ofDays(1));
      jobs.run();

      Alert now = world.homewatch().alerts().get(GiaLai.PROVINCE_SUPERVISOR, alert.id());
      assertEquals(1, now.history().stream().filter(e -> e.kind() == AlertEvent.Kind.REMINDED).count(),
          name + ": " + now.history());
      assertTrue(now.history().stream().noneMatch(e -> e.kind() == AlertEvent.Kind.ESCALATED), name);
      long feedbackAlerts = world.homewatch().alerts().list(GiaLai.PROVINCE_SUPERVISOR,
          AlertQuery.active(GiaLai.PROVINCE), PageRequest.first(100)).items().stream()
          .filter(a -> a.kind() == AlertKind.FEEDBACK).count();
      assertEquals(1, feedbackAlerts, name);
      Alert unanswered = world.homewatch().alerts().list(GiaLai.PROVINCE_SUPERVISOR,
          AlertQuery.active(GiaLai.PROVINCE), PageRequest.first(100)).items().stream()
          .filter(a -> a.caseId().equals(other.id())).findFirst().orElseThrow();
      assertEquals(1, unanswered.history().stream().filter(e -> e.kind() == AlertEvent.Kind.ESCALATED).count(),
          name + ": " + unanswered.history());
    }
  }
}
