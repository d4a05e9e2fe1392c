package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two provinces on one storage: one province's system principal runs every issue-13 job and touches nothing of the other's. */
class JobsStayInTheirProvinceTest {
  private static final JurisdictionPath P2 = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79");
  private static final JurisdictionPath P2_DISTRICT = P2.child("760");
  private static final JurisdictionPath P2_COMMUNE = P2_DISTRICT.child("26734");

  @Test
  @DisplayName("Gia Lai's system runs the feedback deadline, the follow-up of acknowledged alerts, spot-check "
      + "settlement, random spot checks and dispatch: Ho Chi Minh City's feedback, alert, spot check, cases and "
      + "messages are untouched, and its own system then does each once")
  void otherProvinceUntouched() {
    RandomSpotChecks policy = RandomSpotChecks.of(1, LocalTime.of(8, 0), LocalTime.of(20, 0), CaseCategory.F1);
    try (World world = new World(b -> b.personChannel("test").presenceVerifier(new ScriptedPresenceVerifier())
        .randomSpotChecks(policy))) {
      Principal p2Admin = Principal.staff(new AccountId("admin-79"), P2, Role.ADMINISTRATOR);
      Principal p2Enroller = Principal.staff(new AccountId("enroller-79"), P2, Role.ENROLLER);
      Principal p2Nurse = Principal.staff(new AccountId("nurse-79"), P2_COMMUNE, Role.MONITOR);
      world.homewatch.jurisdictions().importUnits(p2Admin, List.of(new Jurisdiction(P2, "TP. Hồ Chí Minh"),
          new Jurisdiction(P2_DISTRICT, "Thủ Đức"), new Jurisdiction(P2_COMMUNE, "Phường Linh Trung")));
      world.homewatch.accounts().save(p2Admin, new Account(p2Nurse.account(), "Y tá 79", Set.of(Role.MONITOR),
          P2_COMMUNE, List.of(new ContactPoint("test", "nurse-79")), true, true, 0));
      IsolationCase c = world.homewatch.cases().register(p2Enroller, NewCase.of(World.person("Lê Văn Tám", P2_COMMUNE,
          1980), CaseCategory.F1, new QuarantineDecision("7/QĐ-UBND", "UBND", World.TODAY), World.TODAY));
      Alert alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(92)))
          .alert().orElseThrow();
      world.homewatch.alerts().acknowledge(p2Nurse, alert.id(), alert.version());
      world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, "Hết thuốc");
      world.homewatch.spotChecks().request(p2Nurse, c.id());
      NewDeclaration d = world.declaration(c, World.normal());
      world.homewatch.declarations().submit(world.citizen(c), new NewDeclaration(d.id(), d.caseId(), d.observedAt(),
          d.vitals(), d.symptoms(), Optional.empty(), Optional.of(GeoPoint.of(10.87, 106.80)),
          Optional.of(new PresenceCheck(PresenceCheck.Result.PASSED, "app", Optional.of("fail-1")))));
      world.clock.set(World.TODAY.plusDays(1).atTime(19, 59).atZone(c.zone()).toInstant());
      long pendingBefore = world.storage.inTransaction(tx -> tx.outbox().count(
          org.homewatch.spi.storage.OutboxMessage.Status.PENDING));

      Principal gialai = world.system;
      world.homewatch.feedback().raiseUnanswered(gialai, PageRequest.first(100));
      world.homewatch.alerts().escalateOverdue(gialai, 100);
      world.homewatch.alerts().followUpUnresolved(gialai, 100);
      world.homewatch.spotChecks().settleDue(gialai, PageRequest.first(100));
      world.homewatch.spotChecks().requestRandomDue(gialai, PageRequest.first(100));
      world.homewatch.notifications().dispatch(gialai, 100);

      assertEquals(alert.version() + 1, world.storage.inTransaction(tx -> tx.alerts().find(alert.id()))
          .orElseThrow().version(),
          "only the acknowledgement changed the alert");
      assertEquals(List.of(AlertKind.HEALTH), kinds(world, c));
      assertTrue(world.homewatch.spotChecks().pending(p2Nurse, c.id()).isPresent(), "the check was settled");
      assertEquals(1, world.homewatch.spotChecks().history(p2Nurse, c.id()).size());
      long pendingAfter = world.storage.inTransaction(tx -> tx.outbox().count(
          org.homewatch.spi.storage.OutboxMessage.Status.PENDING));
      assertEquals(pendingBefore, pendingAfter, "another province's messages were sent");

      Principal hcmc = Principal.system(P2);
      assertEquals(1, world.homewatch.feedback().raiseUnanswered(hcmc, PageRequest.first(100)).raised());
      assertEquals(1, world.homewatch.alerts().followUpUnresolved(hcmc, 100).reminded());
      assertEquals(1, world.homewatch.spotChecks().settleDue(hcmc, PageRequest.first(100)).failed());
      assertEquals(List.of(AlertKind.HEALTH, AlertKind.PRESENCE_FAILED, AlertKind.FEEDBACK), kinds(world, c));
    }
  }

  private static List<AlertKind> kinds(World world, IsolationCase c) {
    return world.storage.inTransaction(tx -> tx.alerts().listForCase(c.id())).stream().map(Alert::kind).sorted()
        .toList();
  }
}
