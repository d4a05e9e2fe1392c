package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The wordings of the steps an alert records itself: kept where they can be, and never failing the step. */
class AlertHistoryWordingTest {
  private static final Instant T0 = Instant.parse("2021-08-16T01:00:00Z");
  private static final JurisdictionPath COMMUNE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633",
      "23941");
  private static final AccountId NURSE = new AccountId("nurse-a");

  private static Alert open(Optional<Wording> summary) {
    return Alert.opened(AlertId.random(), CaseId.random(), AlertKind.MISSED_DECLARATIONS, Severity.WATCH, COMMUNE,
        T0, T0.plusSeconds(3600), Optional.empty(), "2 lần", summary);
  }

  private static AlertEvent last(Alert a) {
    return a.history().get(a.history().size() - 1);
  }

  @Test
  @DisplayName("opening and raising name the severities and nest the summary's wording; without a summary wording "
      + "(or one nested too deep to wrap) the step has none, and the step is taken all the same")
  void openedAndRaised() {
    Wording missed = Wording.text("summary.missed", Map.of("count", Wording.literal("2")));
    Alert open = open(Optional.of(missed));
    assertEquals(Optional.of(Wording.text("history.alertOpened", Map.of("severity", Wording.text("severity.WATCH"),
        "summary", missed))), last(open).wording());
    assertEquals("WATCH: 2 lần", last(open).detail());
    Alert raised = open.raisedTo(Severity.ABNORMAL, "4 lần", Optional.of(missed), Optional.empty(),
        T0.plusSeconds(7200), T0.plusSeconds(60));
    assertEquals(Optional.of(Wording.text("history.alertRaised", Map.of("from", Wording.text("severity.WATCH"),
        "to", Wording.text("severity.ABNORMAL"), "summary", missed))), last(raised).wording());

    assertEquals(Optional.empty(), last(open(Optional.empty())).wording());
    Wording deepest = Wording.literal("x");
    for (int i = 0; i < Wording.MAX_DEPTH; i++) {
      deepest = Wording.text("k" + i, Map.of("a", deepest));
    }
    Alert deep = open(Optional.of(deepest));
    assertEquals(Optional.of(deepest), deep.summaryWording());
    assertEquals(Optional.empty(), last(deep).wording());
  }

  @Test
  @DisplayName("a resolution names the outcome, and keeps a note staff typed as a literal, over several lines and up "
      + "to 2,000 characters; a note no literal may hold leaves the step without a wording, not unresolved")
  void resolved() {
    String note = "Đến nhà lúc 9 giờ,\nchị ổn.\t" + "x".repeat(1_970);
    Alert resolved = open(Optional.empty()).resolved(NURSE, AlertOutcome.HOME_VISIT, note, T0.plusSeconds(60));
    assertEquals(Optional.of(Wording.text("history.alertResolved", Map.of("outcome",
        Wording.text("alertOutcome.HOME_VISIT"), "note", Wording.literal(note.strip())))), last(resolved).wording());
    assertEquals(Optional.of(Wording.text("alertOutcome.FALSE_ALARM")), last(open(Optional.empty())
        .resolved(NURSE, AlertOutcome.FALSE_ALARM, " ", T0)).wording());
    Alert oddNote = open(Optional.empty()).resolved(NURSE, AlertOutcome.OTHER, "a\u0007b", T0);
    assertEquals(AlertStatus.RESOLVED, oddNote.status());
    assertEquals(Optional.empty(), last(oddNote).wording());
    assertEquals("OTHER: a\u0007b", last(oddNote).detail());
  }

  @Test
  @DisplayName("a transfer's unit codes are a literal, an acknowledgement says nothing, and a step given a wording "
      + "keeps it beside its detail")
  void transferredAcknowledgedAndGiven() {
    JurisdictionPath other = COMMUNE.parent().child("23944");
    Alert moved = open(Optional.empty()).transferredTo(other, T0.plusSeconds(3600), NURSE, T0);
    assertEquals(Optional.of(Wording.literal(COMMUNE + " → " + other)), last(moved).wording());
    assertEquals(Optional.empty(), last(moved.acknowledgedBy(NURSE, T0)).wording());
    Wording why = Wording.text("history.nobodyAnywhere", Map.of("unit", Wording.literal("Thị trấn Chư Sê")));
    Alert escalated = moved.escalated(0, T0.plusSeconds(60), "Không có ai trực…", Optional.of(why), T0);
    assertEquals(Optional.of(why), last(escalated).wording());
    assertEquals("Không có ai trực…", last(escalated).detail());
    assertTrue(escalated.history().stream().map(AlertEvent::levelAfter).allMatch(l -> l.isPresent()),
        List.copyOf(escalated.history()).toString());
  }
}
