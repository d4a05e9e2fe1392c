package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Probes of batch jobs between the transaction that lists the work and the one that does it: a staff member changes
 * the case in between (the storage runs {@code meanwhile} just before the job's next transaction).
 */
class BetweenListingAndActingTest {
  private static final JurisdictionPath OTHER_DISTRICT = World.PROVINCE.child("634");
  private static final JurisdictionPath OTHER_COMMUNE = OTHER_DISTRICT.child("23950");

  /** A memory storage that runs {@code meanwhile} once, before the {@code at}-th transaction from arming. */
  private static final class Meanwhile extends ForwardingStorage {
    final AtomicInteger countdown = new AtomicInteger(-1);
    Runnable meanwhile = () -> {};

    Meanwhile() {
      super(World.memoryStorage());
    }

    void before(int transaction, Runnable change) {
      meanwhile = change;
      countdown.set(transaction);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      if (countdown.get() > 0 && countdown.decrementAndGet() == 0) {
        meanwhile.run();
      }
      return delegate.inTransaction(work);
    }
  }

  private static void importOtherDistrict(World world) {
    world.homewatch.jurisdictions().importUnits(world.admin, List.of(new Jurisdiction(OTHER_DISTRICT, "Chư Pưh"),
        new Jurisdiction(OTHER_COMMUNE, "Xã Ia Le")));
  }

  private static Runnable transfer(World world, IsolationCase c) {
    return () -> world.homewatch.lifecycle().transfer(world.admin, c.id(),
        world.homewatch.cases().get(world.admin, c.id()).version(), OTHER_COMMUNE, "moved house");
  }

  @Test
  @DisplayName("a random spot check is not asked by a district's job for a case moved to another district after "
      + "the job listed it; that district's job asks it")
  void randomCheckOfACaseMovedAway() {
    Meanwhile storage = new Meanwhile();
    RandomSpotChecks oncePerDay = RandomSpotChecks.of(1, LocalTime.of(8, 0), LocalTime.of(20, 0), CaseCategory.F1);
    try (World world = new World(storage, b -> b.personChannel("test")
        .presenceVerifier(new ScriptedPresenceVerifier()).randomSpotChecks(oncePerDay))) {
      importOtherDistrict(world);
      IsolationCase c = RandomSpotChecksTest.register(world, "Hoàng Văn Sơn", CaseCategory.F1);
      // 19:59: the day's one time has come, whatever it was drawn to be
      world.clock.set(World.TODAY.atTime(19, 59).atZone(c.zone()).toInstant());
      storage.before(2, transfer(world, c));
      assertEquals(0, world.homewatch.spotChecks().requestRandomDue(Principal.system(World.DISTRICT),
          PageRequest.first(100)).requested(), "asked outside the job's scope");
      assertTrue(world.homewatch.spotChecks().pending(world.admin, c.id()).isEmpty());
      assertEquals(1, world.homewatch.spotChecks().requestRandomDue(Principal.system(OTHER_DISTRICT),
          PageRequest.first(100)).requested());
    }
  }

  @Test
  @DisplayName("feedback of a case closed after the deadline job listed it raises nothing")
  void feedbackOfACaseClosedMeanwhile() {
    Meanwhile storage = new Meanwhile();
    try (World world = new World(storage, b -> {})) {
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, "Hết thuốc");
      world.clock.advance(Duration.ofDays(2));
      storage.before(2, () -> world.homewatch.lifecycle().cancel(world.supervisor, c.id(),
          world.homewatch.cases().get(world.supervisor, c.id()).version(), "registered twice"));
      assertEquals(0, world.homewatch.feedback().raiseUnanswered(world.system, PageRequest.first(100)).raised());
      assertEquals(List.of(), world.storage.inTransaction(tx -> tx.alerts().listForCase(c.id())));
    }
  }

  @Test
  @DisplayName("an acknowledged alert resolved after the follow-up job listed it is neither reminded nor escalated")
  void alertResolvedMeanwhile() {
    Meanwhile storage = new Meanwhile();
    try (World world = new World(storage, b -> {})) {
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      var alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(92)))
          .alert().orElseThrow();
      var taken = world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
      world.clock.advance(Duration.ofDays(1));
      storage.before(2, () -> world.homewatch.alerts().resolve(world.nurseA, taken.id(), taken.version(),
          org.homewatch.model.AlertOutcome.OTHER, "went to see him: well"));
      var report = world.homewatch.alerts().followUpUnresolved(world.system, 100);
      assertEquals(List.of(1, 0, 0), List.of(report.due(), report.reminded(), report.escalated()));
      var now = world.homewatch.alerts().get(world.nurseA, alert.id());
      assertEquals(org.homewatch.model.AlertStatus.RESOLVED, now.status());
      assertTrue(now.history().stream().noneMatch(e -> e.kind() == org.homewatch.model.AlertEvent.Kind.REMINDED));
    }
  }
}
