package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.CaseId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Severity;
import org.homewatch.model.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The per-case alert lookups and the escalation work list. */
abstract class AlertContract extends StoreContract {
  private static final Instant NOW = Samples.T0.plus(Duration.ofHours(2));

  AlertContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  private CaseId storedCase() {
    IsolationCase isolationCase = Samples.isolationCase(Samples.CHU_SE_TOWN);
    write(tx -> tx.cases().insert(isolationCase));
    return isolationCase.id();
  }

  /** A commune of another province (Ho Chi Minh City), and one of another district of Gia Lai. */
  private static final JurisdictionPath OTHER_PROVINCE_COMMUNE =
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79", "760", "26734");
  private static final JurisdictionPath OTHER_DISTRICT_COMMUNE = Samples.GIA_LAI.child("623").child("23560");

  private Alert dueAlertIn(JurisdictionPath commune, Instant acknowledgeBy) {
    IsolationCase isolationCase = Samples.isolationCase(commune);
    write(tx -> tx.cases().insert(isolationCase));
    Alert alert = Samples.alert(isolationCase.id(), commune, AlertKind.HEALTH, Severity.EMERGENCY, AlertStatus.OPEN,
        Samples.T0, acknowledgeBy);
    write(tx -> tx.alerts().insert(alert));
    return alert;
  }

  private Alert alert(CaseId caseId, AlertKind kind, AlertStatus status, Instant openedAt, Instant acknowledgeBy) {
    return Samples.alert(caseId, Samples.CHU_SE_TOWN, kind, Severity.ABNORMAL, status, openedAt, acknowledgeBy);
  }

  @Test
  @DisplayName("findActive finds the case's open or acknowledged alert of that kind and ignores resolved ones")
  void findActiveIgnoresResolved() {
    CaseId caseId = storedCase();
    CaseId otherCase = storedCase();
    Alert resolvedHealth = alert(caseId, AlertKind.HEALTH, AlertStatus.RESOLVED, Samples.T0, NOW);
    Alert openMissed = alert(caseId, AlertKind.MISSED_DECLARATIONS, AlertStatus.OPEN, Samples.T0, NOW);
    Alert otherCasesHealth = alert(otherCase, AlertKind.HEALTH, AlertStatus.OPEN, Samples.T0, NOW);
    write(tx -> List.of(resolvedHealth, openMissed, otherCasesHealth).forEach(tx.alerts()::insert));

    assertEquals(Optional.empty(), read(tx -> tx.alerts().findActive(caseId, AlertKind.HEALTH)));
    assertEquals(Optional.of(openMissed), read(tx -> tx.alerts().findActive(caseId, AlertKind.MISSED_DECLARATIONS)));

    Alert acknowledgedHealth = alert(caseId, AlertKind.HEALTH, AlertStatus.ACKNOWLEDGED, Samples.T0.plusSeconds(60),
        NOW);
    write(tx -> tx.alerts().insert(acknowledgedHealth));
    assertEquals(Optional.of(acknowledgedHealth), read(tx -> tx.alerts().findActive(caseId, AlertKind.HEALTH)));
  }

  @Test
  @DisplayName("an alert with every optional field set reads back equal, after insert and after update")
  void everyFieldRoundTrips() {
    CaseId caseId = storedCase();
    Alert open = alert(caseId, AlertKind.MISSED_DECLARATIONS, AlertStatus.OPEN, Samples.T0, NOW);
    Alert full = open.toBuilder().severity(Severity.EMERGENCY).status(AlertStatus.ACKNOWLEDGED).escalationLevel(2)
        .trigger(Optional.of(org.homewatch.model.DeclarationId.random())).summary("không khai báo 4 lần liên tiếp")
        .handledBy(Optional.of(new org.homewatch.model.AccountId("nurse-1")))
        .outcome(Optional.of(org.homewatch.model.AlertOutcome.HOME_VISIT))
        .lastSlotCounted(Optional.of(Samples.T0.plus(Duration.ofHours(6)))).build();
    write(tx -> tx.alerts().insert(full));
    assertEquals(Optional.of(full), read(tx -> tx.alerts().find(full.id())));

    Alert counted = full.toBuilder().version(1).lastSlotCounted(Optional.of(Samples.T0.plus(Duration.ofHours(12))))
        .build();
    write(tx -> tx.alerts().update(counted));
    assertEquals(Optional.of(counted), read(tx -> tx.alerts().find(full.id())));
  }

  @Test
  @DisplayName("an alert's summary wording (a text key with nested texts and literals) reads back equal, and an "
      + "update without one clears it")
  void summaryWordingRoundTrips() {
    CaseId caseId = storedCase();
    Wording wording = Wording.text("summary.missed", Map.of(
        "summary", Wording.text("missed.twoInARow"),
        "count", Wording.literal("2"),
        "window", Wording.literal("Không khai báo \"buổi\" {chiều} \\ 16/08 14:00"),
        "nested", Wording.text("summary.spotCheck", Map.of("detail",
            Wording.text("history.spotCheckNotVerified", Map.of("reason",
                Wording.text("presenceVerdict.NOT_PERFORMED"))))),
        "empty", Wording.literal("")));
    Alert open = alert(caseId, AlertKind.MISSED_DECLARATIONS, AlertStatus.OPEN, Samples.T0, NOW).toBuilder()
        .summaryWording(Optional.of(wording)).build();
    write(tx -> tx.alerts().insert(open));
    assertEquals(Optional.of(open), read(tx -> tx.alerts().find(open.id())));
    assertEquals(List.of(open), read(tx -> tx.alerts().listForCase(caseId)));

    Alert withoutWording = open.toBuilder().version(1).summary("SpO2 93 %").summaryWording(Optional.empty()).build();
    write(tx -> tx.alerts().update(withoutWording));
    assertEquals(Optional.of(withoutWording), read(tx -> tx.alerts().find(open.id())));
  }

  @Test
  @DisplayName("each history event keeps the escalation level recorded with it, and an event recorded without one "
      + "reads back without one")
  void historyKeepsLevels() {
    CaseId caseId = storedCase();
    Alert open = alert(caseId, AlertKind.HEALTH, AlertStatus.OPEN, Samples.T0, NOW);
    List<AlertEvent> history = new ArrayList<>(open.history());
    history.add(new AlertEvent(Samples.T0.plusSeconds(60), AlertEvent.Kind.ESCALATED, Optional.empty(), "huyện",
        OptionalInt.of(1)));
    history.add(new AlertEvent(Samples.T0.plusSeconds(120), AlertEvent.Kind.ESCALATED, Optional.empty(), "tỉnh",
        OptionalInt.of(2)));
    history.add(new AlertEvent(Samples.T0.plusSeconds(180), AlertEvent.Kind.ESCALATED, Optional.empty(), "tỉnh",
        OptionalInt.of(2)));
    Alert escalated = open.toBuilder().escalationLevel(2).history(history).build();
    write(tx -> tx.alerts().insert(escalated));
    assertEquals(Optional.of(escalated), read(tx -> tx.alerts().find(escalated.id())));
  }

  @Test
  @DisplayName("each history event's wording reads back equal beside its level, and an event recorded without one "
      + "reads back without one")
  void historyKeepsWordings() {
    CaseId caseId = storedCase();
    Alert open = alert(caseId, AlertKind.FEEDBACK, AlertStatus.OPEN, Samples.T0, NOW);
    List<AlertEvent> history = new ArrayList<>(open.history());
    history.add(new AlertEvent(Samples.T0.plusSeconds(60), AlertEvent.Kind.ESCALATED, Optional.empty(),
        "Không ai trực tại Thị trấn Chư Sê; đã báo Huyện Chư Sê", OptionalInt.of(1),
        Optional.of(Wording.text("history.nobodyOnDuty", Map.of("unit", Wording.literal("Thị trấn Chư Sê"),
            "notified", Wording.literal("Huyện Chư Sê"))))));
    history.add(new AlertEvent(Samples.T0.plusSeconds(120), AlertEvent.Kind.RESOLVED,
        Optional.of(new org.homewatch.model.AccountId("nurse-1")), "OTHER: gọi lại\\nhai lần\n\"đã ổn\"",
        OptionalInt.of(1), Optional.of(Wording.text("history.alertResolved", Map.of(
            "outcome", Wording.text("alertOutcome.OTHER"),
            "note", Wording.literal("gọi lại\\nhai lần\n\"đã ổn\""))))));
    Alert resolved = open.toBuilder().status(AlertStatus.RESOLVED).escalationLevel(1).history(history).build();
    write(tx -> tx.alerts().insert(resolved));
    Alert back = read(tx -> tx.alerts().find(resolved.id())).orElseThrow();
    assertEquals(resolved, back);
    assertEquals(Optional.empty(), back.history().get(0).wording());
  }

  @Test
  @DisplayName("An alert resolved by an update is no longer active")
  void resolvedByUpdate() {
    CaseId caseId = storedCase();
    Alert open = alert(caseId, AlertKind.OFF_SITE, AlertStatus.OPEN, Samples.T0, NOW);
    write(tx -> tx.alerts().insert(open));

    write(tx -> tx.alerts().update(open.toBuilder().status(AlertStatus.RESOLVED).version(1).build()));

    assertEquals(Optional.empty(), read(tx -> tx.alerts().findActive(caseId, AlertKind.OFF_SITE)));
  }

  @Test
  @DisplayName("listForCase returns every alert of the case, resolved ones too, oldest first")
  void listForCaseOldestFirst() {
    CaseId caseId = storedCase();
    Alert second = alert(caseId, AlertKind.HEALTH, AlertStatus.RESOLVED, Samples.T0.plusSeconds(600), NOW);
    Alert first = alert(caseId, AlertKind.MISSED_DECLARATIONS, AlertStatus.OPEN, Samples.T0, NOW);
    Alert third = alert(caseId, AlertKind.HEALTH, AlertStatus.OPEN, Samples.T0.plusSeconds(1200), NOW);
    Alert otherCase = alert(storedCase(), AlertKind.HEALTH, AlertStatus.OPEN, Samples.T0, NOW);
    write(tx -> List.of(second, third, otherCase, first).forEach(tx.alerts()::insert));

    assertEquals(List.of(first, second, third), read(tx -> tx.alerts().listForCase(caseId)));
    assertEquals(List.of(), read(tx -> tx.alerts().listForCase(CaseId.random())));
  }

  @Test
  @DisplayName("dueForEscalation returns open alerts whose deadline is at or before now, earliest deadline first, "
      + "at most limit")
  void dueForEscalation() {
    CaseId caseId = storedCase();
    Alert dueLatest = alert(caseId, AlertKind.HEALTH, AlertStatus.OPEN, Samples.T0, NOW);
    Alert dueEarliest = alert(caseId, AlertKind.MISSED_DECLARATIONS, AlertStatus.OPEN, Samples.T0,
        NOW.minusSeconds(3600));
    Alert dueMiddle = alert(caseId, AlertKind.OFF_SITE, AlertStatus.OPEN, Samples.T0, NOW.minusSeconds(60));
    Alert notYet = alert(caseId, AlertKind.PRESENCE_FAILED, AlertStatus.OPEN, Samples.T0, NOW.plusMillis(1));
    Alert acknowledged = alert(caseId, AlertKind.FEEDBACK, AlertStatus.ACKNOWLEDGED, Samples.T0,
        NOW.minusSeconds(7200));
    Alert resolved = alert(caseId, AlertKind.HEALTH, AlertStatus.RESOLVED, Samples.T0, NOW.minusSeconds(7200));
    write(tx -> List.of(dueLatest, notYet, acknowledged, dueEarliest, resolved, dueMiddle)
        .forEach(tx.alerts()::insert));

    assertEquals(List.of(dueEarliest, dueMiddle, dueLatest), read(tx -> tx.alerts().dueForEscalation(Samples.GIA_LAI, NOW, 10)));
    assertEquals(List.of(dueEarliest, dueMiddle), read(tx -> tx.alerts().dueForEscalation(Samples.GIA_LAI, NOW, 2)));
    assertEquals(List.of(), read(tx -> tx.alerts().dueForEscalation(Samples.GIA_LAI, NOW.minusSeconds(3601), 10)));
  }

  @Test
  @DisplayName("An alert acknowledged by an update leaves the escalation work list")
  void acknowledgedLeavesWorkList() {
    CaseId caseId = storedCase();
    Alert open = alert(caseId, AlertKind.HEALTH, AlertStatus.OPEN, Samples.T0, NOW.minusSeconds(60));
    write(tx -> tx.alerts().insert(open));

    write(tx -> tx.alerts().update(open.toBuilder().status(AlertStatus.ACKNOWLEDGED).version(1).build()));

    assertEquals(List.of(), read(tx -> tx.alerts().dueForEscalation(Samples.GIA_LAI, NOW, 10)));
  }

  @Test
  @DisplayName("dueForEscalation selects inside the scope before the limit: a larger, earlier backlog of another "
      + "province does not hide this province's due alert")
  void dueForEscalationSelectsInsideTheScope() {
    List<Alert> backlog = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      backlog.add(dueAlertIn(OTHER_PROVINCE_COMMUNE, NOW.minusSeconds(7200 - i)));
    }
    Alert ours = dueAlertIn(Samples.CHU_SE_TOWN, NOW.minusSeconds(60));

    assertEquals(List.of(ours), read(tx -> tx.alerts().dueForEscalation(Samples.GIA_LAI, NOW, 3)));
    assertEquals(backlog.subList(0, 3), read(tx -> tx.alerts().dueForEscalation(OTHER_PROVINCE_COMMUNE.parent()
        .parent(), NOW, 3)));
  }

  @Test
  @DisplayName("dueForEscalation with a district scope returns the alerts of its communes only, not of the rest of "
      + "the province")
  void dueForEscalationInsideADistrict() {
    Alert town = dueAlertIn(Samples.CHU_SE_TOWN, NOW.minusSeconds(30));
    Alert otherDistrict = dueAlertIn(OTHER_DISTRICT_COMMUNE, NOW.minusSeconds(600));
    Alert village = dueAlertIn(Samples.IA_BLANG, NOW.minusSeconds(300));

    assertEquals(List.of(village, town), read(tx -> tx.alerts().dueForEscalation(Samples.CHU_SE, NOW, 10)));
    assertEquals(List.of(village), read(tx -> tx.alerts().dueForEscalation(Samples.IA_BLANG, NOW, 10)));
    assertEquals(List.of(otherDistrict, village, town),
        read(tx -> tx.alerts().dueForEscalation(Samples.GIA_LAI, NOW, 10)));
  }

  @Test
  @DisplayName("dueForResolutionFollowUp returns acknowledged alerts whose deadline is at or before now, inside the "
      + "scope, earliest first, at most limit; open and resolved ones are not on it")
  void dueForResolutionFollowUp() {
    CaseId caseId = storedCase();
    Alert dueLatest = alert(caseId, AlertKind.HEALTH, AlertStatus.ACKNOWLEDGED, Samples.T0, NOW);
    Alert dueEarliest = alert(caseId, AlertKind.MISSED_DECLARATIONS, AlertStatus.ACKNOWLEDGED, Samples.T0,
        NOW.minusSeconds(3600));
    Alert notYet = alert(caseId, AlertKind.OFF_SITE, AlertStatus.ACKNOWLEDGED, Samples.T0, NOW.plusMillis(1));
    Alert open = alert(caseId, AlertKind.PRESENCE_FAILED, AlertStatus.OPEN, Samples.T0, NOW.minusSeconds(7200));
    Alert resolved = alert(caseId, AlertKind.FEEDBACK, AlertStatus.RESOLVED, Samples.T0, NOW.minusSeconds(7200));
    IsolationCase elsewhere = Samples.isolationCase(OTHER_PROVINCE_COMMUNE);
    write(tx -> tx.cases().insert(elsewhere));
    Alert otherProvince = Samples.alert(elsewhere.id(), OTHER_PROVINCE_COMMUNE, AlertKind.HEALTH, Severity.EMERGENCY,
        AlertStatus.ACKNOWLEDGED, Samples.T0, NOW.minusSeconds(9000));
    write(tx -> List.of(dueLatest, notYet, open, otherProvince, dueEarliest, resolved).forEach(tx.alerts()::insert));

    assertEquals(List.of(dueEarliest, dueLatest),
        read(tx -> tx.alerts().dueForResolutionFollowUp(Samples.GIA_LAI, NOW, 10)));
    assertEquals(List.of(dueEarliest), read(tx -> tx.alerts().dueForResolutionFollowUp(Samples.GIA_LAI, NOW, 1)));
    assertEquals(List.of(), read(tx -> tx.alerts().dueForResolutionFollowUp(Samples.GIA_LAI, NOW, 0)));
    assertEquals(List.of(otherProvince), read(tx -> tx.alerts().dueForResolutionFollowUp(
        OTHER_PROVINCE_COMMUNE.parent().parent(), NOW, 10)));

    // The interface's default (for storages written before the method) answers the same.
    assertEquals(List.of(dueEarliest, dueLatest), read(tx -> new DefaultMethodsAlertStore(tx.alerts())
        .dueForResolutionFollowUp(Samples.GIA_LAI, NOW, 10)));
    assertEquals(List.of(dueEarliest), read(tx -> new DefaultMethodsAlertStore(tx.alerts())
        .dueForResolutionFollowUp(Samples.GIA_LAI, NOW, 1)));
  }

  @Test
  @DisplayName("an acknowledged alert moved to a later deadline, or resolved, by an update leaves the follow-up list")
  void followUpListFollowsUpdates() {
    CaseId caseId = storedCase();
    Alert acknowledged = alert(caseId, AlertKind.HEALTH, AlertStatus.ACKNOWLEDGED, Samples.T0, NOW.minusSeconds(60));
    Alert other = alert(caseId, AlertKind.OFF_SITE, AlertStatus.ACKNOWLEDGED, Samples.T0, NOW.minusSeconds(60));
    write(tx -> List.of(acknowledged, other).forEach(tx.alerts()::insert));

    write(tx -> tx.alerts().update(acknowledged.toBuilder().acknowledgeBy(NOW.plusSeconds(600)).version(1).build()));
    write(tx -> tx.alerts().update(other.toBuilder().status(AlertStatus.RESOLVED).version(1).build()));

    assertEquals(List.of(), read(tx -> tx.alerts().dueForResolutionFollowUp(Samples.GIA_LAI, NOW, 10)));
    assertEquals(1, read(tx -> tx.alerts().dueForResolutionFollowUp(Samples.GIA_LAI, NOW.plusSeconds(600), 10))
        .size());
  }
}
