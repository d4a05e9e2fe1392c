package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.identity.OnDutyStaff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One item that fails every time (here: the duty roster of one district throws) must not stop the job for every
 * other item: the oldest due work comes first, so a failing item that ended the batch would end every later run
 * there too, and no alert of the province would escalate again.
 */
class PoisonItemTest {
  private static final JurisdictionPath OTHER_DISTRICT = World.PROVINCE.child("634");
  private static final JurisdictionPath OTHER_COMMUNE = OTHER_DISTRICT.child("23950");

  private final Set<JurisdictionPath> broken = ConcurrentHashMap.newKeySet();

  private World world() {
    World world = new World(b -> b.staffDirectory((unit, at) -> {
      if (broken.contains(unit)) {
        throw new IllegalStateException("roster of " + unit + " misconfigured");
      }
      return List.of(new OnDutyStaff(new AccountId("oncall-" + unit.code()), "on call",
          List.of(new ContactPoint("test", "oncall-" + unit.code()))));
    }));
    world.homewatch.jurisdictions().importUnits(world.admin, List.of(new Jurisdiction(OTHER_DISTRICT, "Chư Pưh"),
        new Jurisdiction(OTHER_COMMUNE, "Xã Ia Le")));
    return world;
  }

  private static Alert alertOf(World world, IsolationCase c) {
    return world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(92))).alert()
        .orElseThrow();
  }

  private static Alert now(World world, Alert a) {
    return world.storage.inTransaction(tx -> tx.alerts().find(a.id())).orElseThrow();
  }

  @Test
  @DisplayName("escalation and the feedback deadline go on past an item whose unit's roster throws: the other "
      + "district's alert escalates and its feedback raises its alert; the failing ones are tried again next run")
  void escalationAndFeedbackGoOn() {
    try (World world = world()) {
      IsolationCase poisoned = world.registerF2("Rơ Châm H'Bia", OTHER_COMMUNE);
      IsolationCase fine = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      Alert first = alertOf(world, poisoned);
      world.homewatch.feedback().submit(world.citizen(poisoned), poisoned.id(), FeedbackTopic.MEDICINE, "Hết thuốc");
      world.clock.advance(Duration.ofMinutes(1));
      Alert second = alertOf(world, fine);
      world.homewatch.feedback().submit(world.citizen(fine), fine.id(), FeedbackTopic.MEDICINE, "Hết thuốc");
      broken.addAll(List.of(OTHER_COMMUNE, OTHER_DISTRICT));
      world.clock.advance(Duration.ofDays(2));

      try {
        world.homewatch.alerts().escalateOverdue(world.system, 100);
      } catch (RuntimeException stopped) {
        // before the fix the batch ended at the first alert
      }
      try {
        world.homewatch.feedback().raiseUnanswered(world.system, PageRequest.first(100));
      } catch (RuntimeException stopped) {
        // idem
      }
      assertEquals(1, now(world, second).escalationLevel(), "escalation stopped at the other district's alert");
      assertEquals(0, now(world, first).escalationLevel());
      assertEquals(List.of(AlertKind.HEALTH, AlertKind.FEEDBACK), world.storage.inTransaction(tx ->
          tx.alerts().listForCase(fine.id())).stream().map(Alert::kind).sorted().toList());

      broken.clear();
      world.homewatch.alerts().escalateOverdue(world.system, 100);
      world.homewatch.feedback().raiseUnanswered(world.system, PageRequest.first(100));
      assertEquals(1, now(world, first).escalationLevel(), "the failing alert is tried again once its roster works");
      assertEquals(2, world.storage.inTransaction(tx -> tx.alerts().listForCase(poisoned.id())).size());
    }
  }

  @Test
  @DisplayName("the follow-up of acknowledged alerts goes on past an alert whose escalation throws")
  void followUpGoesOn() {
    try (World world = world()) {
      IsolationCase poisoned = world.registerF2("Rơ Châm H'Bia", OTHER_COMMUNE);
      IsolationCase fine = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      Alert first = alertOf(world, poisoned);
      world.clock.advance(Duration.ofMinutes(1));
      Alert second = alertOf(world, fine);
      // acknowledged by staff without an account: nobody to remind, so the follow-up escalates at once
      for (Alert a : List.of(first, second)) {
        world.homewatch.alerts().acknowledge(org.homewatch.model.Principal.staff(new AccountId("gone-" + a.id()),
            World.PROVINCE, org.homewatch.model.Role.SUPERVISOR), a.id(), a.version());
        world.clock.advance(Duration.ofMinutes(1));
      }
      broken.add(OTHER_DISTRICT);
      world.clock.advance(Duration.ofDays(2));
      try {
        world.homewatch.alerts().followUpUnresolved(world.system, 100);
      } catch (RuntimeException stopped) {
        // before the fix the batch ended at the first alert
      }
      assertEquals(1, now(world, second).escalationLevel(), "the follow-up stopped at the other district's alert");
      assertEquals(0, now(world, first).escalationLevel());
    }
  }

  @Test
  @DisplayName("spot-check settlement goes on past a check whose alert cannot be routed: the job, walking commune "
      + "after commune as the scheduler runs it, settles the next commune's unanswered checks with their alerts; "
      + "the failing one stays open for the next run")
  void settlementGoesOn() {
    try (World world = world()) {
      org.homewatch.model.Principal sup = org.homewatch.model.Principal.staff(new AccountId("bcd-tinh"),
          World.PROVINCE, org.homewatch.model.Role.SUPERVISOR);
      // the keyset walks commune 23941 (A) before 23944 (B)
      IsolationCase poisoned = world.registerF2("Rơ Châm H'Bia", World.COMMUNE_A);
      List<IsolationCase> fine = List.of(world.registerF2("Hoàng Văn Sơn", World.COMMUNE_B),
          world.registerF2("Nguyễn Thị Hoà", World.COMMUNE_B));
      world.clock.advance(Duration.ofHours(1));
      world.homewatch.spotChecks().request(sup, poisoned.id());
      fine.forEach(c -> world.homewatch.spotChecks().request(sup, c.id()));
      broken.add(World.COMMUNE_A);
      world.clock.advance(Duration.ofHours(1));
      try {
        org.homewatch.core.jobs.KeysetBatches.run(HomewatchJobs.spotCheckDeadlines(world.homewatch), world.system,
            PageRequest.first(100), 10);
      } catch (RuntimeException stopped) {
        // before the fix the run ended in the first commune, and the scheduler began there again next time
      }
      for (IsolationCase c : fine) {
        assertEquals(org.homewatch.model.SpotCheckState.EXPIRED,
            world.homewatch.spotChecks().history(sup, c.id()).get(0).state());
      }
      assertEquals(true, world.homewatch.spotChecks().pending(sup, poisoned.id()).isPresent());
    }
  }
}
