package org.homewatch.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.Severity;

/**
 * What the province simulation did, counted by the simulation itself as it acted (never read back from
 * Homewatch), so a test can hold Homewatch's own figures against it. Days are days in Vietnam.
 */
public final class Tally {
  /** One simulated day's events. */
  public static final class Day {
    public final LocalDate date;
    public int registered;
    public int declarations;
    /** Declarations sent after their window closed (inside the grace). */
    public int lateDeclarations;
    /** Slots a monitored person let pass (forgot, or had gone silent). */
    public int slotsSkipped;
    public final Map<Severity, Integer> assessments = new EnumMap<>(Severity.class);
    /** Alerts first seen on this day, by the severity they were opened with. */
    public final Map<Severity, Integer> alertsOpened = new EnumMap<>(Severity.class);
    public final Map<AlertKind, Integer> alertsOpenedByKind = new EnumMap<>(AlertKind.class);
    public int acknowledged;
    public int resolved;
    /** Escalations seen (each level up counts once). */
    public int escalations;
    public int toHospital;

    Day(LocalDate date) {
      this.date = date;
    }

    public int alertsOpenedTotal() {
      return alertsOpened.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** One slot a person owed, as the simulation planned it: declared in it (on time or late), or let pass. */
  static final class Owed {
    final SimPerson person;
    final LocalDate date;
    final Instant opens;
    final boolean late;
    /** Set when the planned declaration was sent (a person taken to hospital sends no more). */
    boolean declared;

    Owed(SimPerson person, LocalDate date, Instant opens, boolean late) {
      this.person = person;
      this.date = date;
      this.opens = opens;
      this.late = late;
    }
  }

  /**
   * A day's slots as the simulation owed and kept them: what Homewatch's settling should count.
   *
   * @param behind people whose last two or more owed slots, up to their last one that day, all passed
   */
  public record Slots(long expected, long onTime, long late, long missed, long behind) {}

  private final List<Day> days = new ArrayList<>();
  private final List<Owed> owed = new ArrayList<>();
  final Map<CaseCategory, Integer> casesByCategory = new EnumMap<>(CaseCategory.class);
  final Map<AlertOutcome, Integer> outcomes = new EnumMap<>(AlertOutcome.class);
  /** Minutes from opening to acknowledgement, by the escalation level it was acknowledged at. */
  final Map<Integer, List<Long>> minutesToAcknowledge = new TreeMap<>();
  int accounts;
  int units;

  Day day(LocalDate date) {
    if (days.isEmpty() || !days.get(days.size() - 1).date.equals(date)) {
      days.add(new Day(date));
    }
    return days.get(days.size() - 1);
  }

  Owed owe(SimPerson person, LocalDate date, Instant opens, boolean late) {
    Owed slot = new Owed(person, date, opens, late);
    owed.add(slot);
    return slot;
  }

  /**
   * Each day's slots: every window a monitored person owed (those opening before the registration were never
   * planned), less those opening after staff sent the person to hospital; on time or late if the planned
   * declaration was sent, missed otherwise.
   */
  public Map<LocalDate, Slots> slots() {
    Map<SimPerson, List<Owed>> byPerson = new java.util.LinkedHashMap<>();
    for (Owed o : owed) {
      if (o.person.closedAt == null || o.opens.isBefore(o.person.closedAt)) {
        byPerson.computeIfAbsent(o.person, p -> new ArrayList<>()).add(o);
      }
    }
    Map<LocalDate, long[]> sums = new TreeMap<>();
    for (List<Owed> slots : byPerson.values()) {
      int run = 0;
      for (int i = 0; i < slots.size(); i++) {
        Owed o = slots.get(i);
        long[] sum = sums.computeIfAbsent(o.date, d -> new long[5]);
        sum[0]++;
        if (o.declared) {
          sum[o.late ? 2 : 1]++;
          run = 0;
        } else {
          sum[3]++;
          run++;
        }
        boolean lastOfDay = i == slots.size() - 1 || !slots.get(i + 1).date.equals(o.date);
        if (lastOfDay && run >= 2) {
          sum[4]++;
        }
      }
    }
    Map<LocalDate, Slots> out = new TreeMap<>();
    sums.forEach((d, s) -> out.put(d, new Slots(s[0], s[1], s[2], s[3], s[4])));
    return out;
  }

  void acknowledged(LocalDate date, int level, Duration waited) {
    day(date).acknowledged++;
    minutesToAcknowledge.computeIfAbsent(level, l -> new ArrayList<>()).add(waited.toMinutes());
  }

  public List<Day> days() {
    return List.copyOf(days);
  }

  public int cases() {
    return casesByCategory.values().stream().mapToInt(Integer::intValue).sum();
  }

  public Map<CaseCategory, Integer> casesByCategory() {
    return Map.copyOf(casesByCategory);
  }

  public Map<AlertOutcome, Integer> outcomes() {
    return Map.copyOf(outcomes);
  }

  /** Minutes to acknowledge, by escalation level, in the order acknowledged. */
  public Map<Integer, List<Long>> minutesToAcknowledge() {
    return new TreeMap<>(minutesToAcknowledge);
  }

  public int accounts() {
    return accounts;
  }

  public int units() {
    return units;
  }

  public long declarations() {
    return days.stream().mapToLong(d -> d.declarations).sum();
  }

  public long alertsOpened() {
    return days.stream().mapToLong(Day::alertsOpenedTotal).sum();
  }

  public long alertsOpened(Severity severity) {
    return days.stream().mapToLong(d -> d.alertsOpened.getOrDefault(severity, 0)).sum();
  }

  public long escalations() {
    return days.stream().mapToLong(d -> d.escalations).sum();
  }

  public long acknowledged() {
    return days.stream().mapToLong(d -> d.acknowledged).sum();
  }

  /** The nearest-rank percentile of the minutes to acknowledge at {@code level}, or -1 if none. */
  public long percentileMinutes(int level, int percent) {
    List<Long> sorted = new ArrayList<>(minutesToAcknowledge.getOrDefault(level, List.of()));
    if (sorted.isEmpty()) {
      return -1;
    }
    sorted.sort(null);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
