package org.homewatch.core.rules.internal;

import java.util.List;
import org.homewatch.core.rules.definition.Comparison;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.model.Declaration;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A rule over the case's recent declarations. Each variant first tests the current declaration (so most calls end
 * there) and then reads the history at most once, newest first or oldest first, stopping as soon as it knows.
 */
abstract class TrendRule {
  static final String[] SUBJECTS = {"temperatureCelsius", "spo2Percent", "respiratoryRatePerMinute",
      "pulsePerMinute", "systolicMmHg", "diastolicMmHg"};
  private static final long DAY = 86_400L;

  final RuleMeta meta;
  final int vital;

  TrendRule(RuleMeta meta, int vital) {
    this.meta = meta;
    this.vital = vital;
  }

  /** How far back this rule reads, in seconds. */
  abstract long windowSeconds();

  abstract @Nullable Finding evaluate(Declaration current, List<Declaration> history);

  /**
   * False when this rule cannot fire for {@code current} whatever the history: the test each variant makes on the
   * current declaration before it reads any history. Core skips loading history when no rule could fire.
   */
  abstract boolean couldFire(Declaration current);

  /** The value on each of N consecutive calendar days (today included). */
  static final class ConsecutiveDays extends TrendRule {
    private final Comparison op;
    private final double split;
    private final int days;
    private final int offsetSeconds;
    private final String operatorText;
    private final String thresholdText;

    ConsecutiveDays(RuleMeta meta, Condition.ConsecutiveDays c, int offsetSeconds) {
      super(meta, Readings.index(c.vital()));
      this.op = c.op();
      this.split = c.op().split(c.value());
      this.days = c.days();
      this.offsetSeconds = offsetSeconds;
      this.operatorText = c.op().symbol() + " on each of " + c.days() + " consecutive days";
      this.thresholdText = RuleSetChecks.fmt(c.value());
    }

    @Override
    long windowSeconds() {
      return days * DAY;
    }

    @Override
    boolean couldFire(Declaration current) {
      return op.meetsSplit(Readings.read(current.vitals(), vital), split);
    }

    @Override
    @Nullable Finding evaluate(Declaration current, List<Declaration> history) {
      double now = Readings.read(current.vitals(), vital);
      if (!op.meetsSplit(now, split)) {
        return null;
      }
      long today = Readings.day(current.observedAt(), offsetSeconds);
      long expected = today - 1;
      int met = 1;
      for (int i = history.size() - 1; i >= 0 && met < days; i--) {
        Declaration h = history.get(i);
        long day = Readings.day(h.observedAt(), offsetSeconds);
        if (day > expected) {
          continue; // today, or a day already counted
        }
        if (day < expected) {
          return null; // a day with no reading that meets the threshold
        }
        double v = Readings.read(h.vitals(), vital);
        if (op.meetsSplit(v, split)) {
          met++;
          expected--;
        }
      }
      if (met < days) {
        return null;
      }
      return meta.finding(new Evidence(SUBJECTS[vital], Readings.text(now, vital), operatorText, thresholdText),
          new Evidence("firstDay", java.time.LocalDate.ofEpochDay(today - days + 1).toString(), "to",
              java.time.LocalDate.ofEpochDay(today).toString()));
    }
  }

  /** Fallen at least N points below the mean of the person's first readings in the window. */
  static final class DropFromBaseline extends TrendRule {
    private final double points;
    private final int readings;
    private final long window;
    private final String pointsText;
    /** The highest reading there can be: a baseline (a mean of readings) is never above it. */
    private final double highest;

    DropFromBaseline(RuleMeta meta, Condition.DropFromBaseline c) {
      super(meta, Readings.index(c.vital()));
      this.highest = c.vital().max();
      this.points = c.points();
      this.readings = c.baselineReadings();
      this.window = c.windowDays() * DAY;
      this.pointsText = RuleSetChecks.fmt(c.points());
    }

    @Override
    long windowSeconds() {
      return window;
    }

    @Override
    boolean couldFire(Declaration current) {
      // looser than evaluate's tolerance, so a mean rounded a hair above the highest reading is still covered
      double now = Readings.read(current.vitals(), vital);
      return now == now && now <= highest - points + 1e-6;
    }

    @Override
    @Nullable Finding evaluate(Declaration current, List<Declaration> history) {
      double now = Readings.read(current.vitals(), vital);
      if (now != now || history.isEmpty()) {
        return null;
      }
      long from = current.observedAt().getEpochSecond() - window;
      long until = current.observedAt().getEpochSecond();
      double sum = 0;
      int count = 0;
      for (int i = 0, n = history.size(); i < n && count < readings; i++) {
        Declaration h = history.get(i);
        long at = h.observedAt().getEpochSecond();
        if (at < from || at >= until) {
          continue;
        }
        double v = Readings.read(h.vitals(), vital);
        if (v == v) {
          sum += v;
          count++;
        }
      }
      if (count == 0) {
        return null;
      }
      double baseline = sum / count;
      // a hair of tolerance: a mean of whole numbers is not always exact in binary
      if (now > baseline - points + 1e-9) {
        return null;
      }
      return meta.finding(
          new Evidence(SUBJECTS[vital], Readings.text(now, vital), "<= baseline -", pointsText),
          new Evidence(SUBJECTS[vital] + "Baseline", RuleSetChecks.fmt(Math.round(baseline * 10) / 10.0),
              "mean of first readings", Integer.toString(count)));
    }
  }

  /** Meets the threshold now and in every reading for at least N hours (persists or does not improve). */
  static final class Persists extends TrendRule {
    private final Comparison op;
    private final double split;
    private final long seconds;
    private final String opText;
    private final String thresholdText;
    private final String hoursText;

    Persists(RuleMeta meta, Condition.Persists c) {
      super(meta, Readings.index(c.vital()));
      this.op = c.op();
      this.split = c.op().split(c.value());
      this.seconds = c.hours() * 3600L;
      this.opText = c.op().symbol();
      this.thresholdText = RuleSetChecks.fmt(c.value());
      this.hoursText = Integer.toString(c.hours());
    }

    @Override
    long windowSeconds() {
      // one more day than the span, so the reading that opens the span is still loaded
      return seconds + DAY;
    }

    @Override
    boolean couldFire(Declaration current) {
      return op.meetsSplit(Readings.read(current.vitals(), vital), split);
    }

    @Override
    @Nullable Finding evaluate(Declaration current, List<Declaration> history) {
      double now = Readings.read(current.vitals(), vital);
      if (!op.meetsSplit(now, split)) {
        return null;
      }
      long at = current.observedAt().getEpochSecond();
      long since = at;
      for (int i = history.size() - 1; i >= 0 && at - since < seconds; i--) {
        Declaration h = history.get(i);
        long t = h.observedAt().getEpochSecond();
        if (t > at) {
          continue;
        }
        double v = Readings.read(h.vitals(), vital);
        if (v != v) {
          continue; // not measured that time: neither ends nor extends the span
        }
        if (!op.meetsSplit(v, split)) {
          break;
        }
        since = t;
      }
      if (at - since < seconds) {
        return null;
      }
      return meta.finding(new Evidence(SUBJECTS[vital], Readings.text(now, vital), opText, thresholdText),
          new Evidence("hoursPersisting", Long.toString((at - since) / 3600), ">=", hoursText));
    }
  }

}
