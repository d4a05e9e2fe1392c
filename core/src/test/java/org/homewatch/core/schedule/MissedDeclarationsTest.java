package org.homewatch.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.core.schedule.MissedDeclarations.AlertMark;
import org.homewatch.core.schedule.MissedDeclarations.Decision;
import org.homewatch.core.schedule.MissedDeclarations.Nothing;
import org.homewatch.core.schedule.MissedDeclarations.Open;
import org.homewatch.core.schedule.MissedDeclarations.Raise;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MissedDeclarationsTest {

  static final PolicyRules RULES = MonitoringPolicy.shipped().forUnit(MonitoringPolicyTest.GIA_LAI_COMMUNE);
  static final SlotCalendar CALENDAR = new SlotCalendar(SlotCalendarTest.vhd(), SlotCalendarTest.HCM,
      LocalDate.of(2021, 8, 20), LocalDate.of(2021, 9, 2));
  static final List<Slot> SLOTS = CALENDAR.all();

  static List<Slot> run(int n) {
    return SLOTS.subList(0, n);
  }

  @Test
  @DisplayName("one missed slot raises nothing; two open a WATCH alert counting both")
  void opens() {
    assertInstanceOf(Nothing.class, MissedDeclarations.decide(RULES, run(1), Optional.empty(), Optional.empty()));
    Open open = (Open) MissedDeclarations.decide(RULES, run(2), Optional.empty(), Optional.empty());
    assertEquals(Severity.WATCH, open.threshold().severity());
    assertEquals(run(2), open.counted());
  }

  @Test
  @DisplayName("the open alert is raised to ABNORMAL at four, and not again for the same slots")
  void raisesOnce() {
    AlertMark watch = new AlertMark(Severity.WATCH, Optional.of(SLOTS.get(1).opens()));
    assertInstanceOf(Nothing.class, MissedDeclarations.decide(RULES, run(2), Optional.of(watch), Optional.empty()));
    assertInstanceOf(Nothing.class, MissedDeclarations.decide(RULES, run(3), Optional.of(watch), Optional.empty()));
    Raise raise = (Raise) MissedDeclarations.decide(RULES, run(4), Optional.of(watch), Optional.empty());
    assertEquals(Severity.ABNORMAL, raise.severity());
    assertEquals(4, raise.consecutive());
    assertEquals(SLOTS.get(3), raise.lastCounted());
    AlertMark abnormal = new AlertMark(Severity.ABNORMAL, Optional.of(raise.lastCounted().opens()));
    assertInstanceOf(Nothing.class, MissedDeclarations.decide(RULES, run(4), Optional.of(abnormal),
        Optional.empty()));
    assertInstanceOf(Nothing.class, MissedDeclarations.decide(RULES, run(9), Optional.of(abnormal),
        Optional.empty()));
  }

  @Test
  @DisplayName("a WATCH alert whose mark already covers four slots of a new schedule is raised at the next slot")
  void markSetUnderAnotherSchedule() {
    // The alert counted its slots under the old schedule; in the new one (a corrected category) the slots up to its
    // mark are already four, the ABNORMAL threshold, which the alert never got.
    AlertMark watch = new AlertMark(Severity.WATCH, Optional.of(SLOTS.get(3).opens()));
    assertInstanceOf(Nothing.class, MissedDeclarations.decide(RULES, run(4), Optional.of(watch), Optional.empty()));
    Raise raise = (Raise) MissedDeclarations.decide(RULES, run(5), Optional.of(watch), Optional.empty());
    assertEquals(Severity.ABNORMAL, raise.severity());
    assertEquals(SLOTS.get(4), raise.lastCounted());
  }

  @Test
  @DisplayName("a new run after the person was heard from raises the still-open alert without lowering it")
  void newRunOnOpenAlert() {
    AlertMark abnormal = new AlertMark(Severity.ABNORMAL, Optional.of(SLOTS.get(3).opens()));
    List<Slot> newRun = SLOTS.subList(10, 12);
    Raise raise = (Raise) MissedDeclarations.decide(RULES, newRun, Optional.of(abnormal), Optional.empty());
    assertEquals(Severity.ABNORMAL, raise.severity());
    assertEquals(Severity.WATCH, raise.threshold().severity());
  }

  @Test
  @DisplayName("after an alert was resolved, only slots after the ones it counted open a new alert")
  void afterResolution() {
    Optional<Instant> resolvedMark = Optional.of(SLOTS.get(3).opens());
    assertInstanceOf(Nothing.class, MissedDeclarations.decide(RULES, run(5), Optional.empty(), resolvedMark));
    Open open = (Open) MissedDeclarations.decide(RULES, run(6), Optional.empty(), resolvedMark);
    assertEquals(SLOTS.subList(4, 6), open.counted());
  }

  @Test
  @DisplayName("sweeping slot by slot never counts a slot twice and ends at the highest threshold reached")
  void neverTwice() {
    qt().withExamples(300).forAll(integers().between(0, SLOTS.size()), integers().between(1, 5))
        .checkAssert((missed, sweepsPerSlot) -> {
          Optional<AlertMark> alert = Optional.empty();
          Set<Slot> counted = new HashSet<>();
          int raises = 0;
          for (int n = 0; n <= missed; n++) {
            for (int k = 0; k < sweepsPerSlot; k++) {
              Decision d = MissedDeclarations.decide(RULES, run(n), alert, Optional.empty());
              if (d instanceof Open o) {
                o.counted().forEach(s -> assertEquals(true, counted.add(s), "counted twice: " + s));
                alert = Optional.of(new AlertMark(o.threshold().severity(), Optional.of(o.lastCounted().opens())));
              } else if (d instanceof Raise r) {
                raises++;
                run(n).stream().filter(s -> !counted.contains(s)).forEach(counted::add);
                assertEquals(true, counted.contains(r.lastCounted()));
                alert = Optional.of(new AlertMark(r.severity(), Optional.of(r.lastCounted().opens())));
              }
            }
          }
          Optional<MissedDeclarationThreshold> top = RULES.thresholdReachedBy(missed);
          assertEquals(top.map(MissedDeclarationThreshold::severity), alert.map(AlertMark::severity));
          assertEquals(Math.max(0, RULES.missedDeclarations().stream().filter(t -> t.consecutive() <= missed)
              .count() - 1), raises);
        });
  }
}
