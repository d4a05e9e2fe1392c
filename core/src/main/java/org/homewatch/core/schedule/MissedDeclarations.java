package org.homewatch.core.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.Severity;

/**
 * What the missed-declaration sweep does for one case: a pure function of the case's run of missed slots, the
 * policy's thresholds and what the case's alerts already counted, so that running it twice, or on two nodes,
 * decides the same and never counts a slot twice.
 *
 * <p>The run is the slots missed since the person was last heard from ({@link SlotCalendar#overSince}); reading
 * it needs only the case's last declaration time, not its declarations. An alert remembers the latest slot it
 * counted ({@link AlertMark#lastSlotCounted}); a slot at or before that mark is never counted again, and a new
 * alert after a resolved one counts only slots after the resolved one's mark.
 */
public final class MissedDeclarations {
  private MissedDeclarations() {}

  /**
   * The case's open (or acknowledged) {@code MISSED_DECLARATIONS} alert, as the sweep needs to see it.
   *
   * @param severity the alert's severity now
   * @param lastSlotCounted the opening of the latest slot it counted, if any
   */
  public record AlertMark(Severity severity, Optional<Instant> lastSlotCounted) {
    /**
     * Refuses null components.
     *
     * @param severity the alert's severity now
     * @param lastSlotCounted the opening of the latest slot it counted, if any
     */
    public AlertMark {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(lastSlotCounted, "lastSlotCounted");
    }
  }

  /** The sweep's decision for one case. */
  public sealed interface Decision {}

  /** Nothing new: no threshold reached, or every missed slot already counted. */
  public record Nothing() implements Decision {}

  /**
   * Open a new alert.
   *
   * @param threshold the threshold reached
   * @param counted the missed slots it counts, oldest first (the first one names the alert, so that two nodes
   *     opening it at once collide on its id)
   */
  public record Open(MissedDeclarationThreshold threshold, List<Slot> counted) implements Decision {
    /**
     * Refuses a null threshold; copies the slots.
     *
     * @param threshold the threshold reached
     * @param counted the missed slots it counts, oldest first (the first one names the alert, so that two nodes opening
     *     it at once collide on its id)
     */
    public Open {
      Objects.requireNonNull(threshold, "threshold");
      counted = List.copyOf(counted);
    }

    /**
     * The latest slot the new alert counts, which it remembers.
     *
     * @return the last of {@code counted}
     */
    public Slot lastCounted() {
      return counted.get(counted.size() - 1);
    }
  }

  /**
   * Raise the open alert: a further threshold was reached.
   *
   * @param threshold the further threshold reached
   * @param lastCounted the latest slot counted now, which the alert remembers
   * @param severity never lower than the alert's
   * @param consecutive slots missed in a row now
   */
  public record Raise(MissedDeclarationThreshold threshold, Severity severity, int consecutive, Slot lastCounted)
      implements Decision {
    /**
     * Refuses null components.
     *
     * @param threshold the further threshold reached
     * @param severity never lower than the alert's
     * @param consecutive slots missed in a row now
     * @param lastCounted the latest slot counted now, which the alert remembers
     */
    public Raise {
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(lastCounted, "lastCounted");
    }
  }

  private static final Nothing NOTHING = new Nothing();

  /**
   * The run of missed slots: those opened after the last declaration (or from the start) whose grace ended.
   *
   * @param calendar the case's slots
   * @param lastHeardFrom the time of the case's latest declaration, if any
   * @param now the sweep's time
   * @return the missed slots, oldest first
   */
  public static List<Slot> run(SlotCalendar calendar, Optional<Instant> lastHeardFrom, Instant now) {
    return calendar.overSince(lastHeardFrom.orElse(calendar.start().minusNanos(1)), now);
  }

  /**
   * @param rules the policy rules of the case's province
   * @return open, raise, or nothing
   * @param run the case's current run of missed slots, oldest first ({@link #run})
   * @param active the case's unresolved missed-declaration alert, if any
   * @param countedByResolved the latest slot counted by the case's resolved missed-declaration alerts, if any
   */
  public static Decision decide(PolicyRules rules, List<Slot> run, Optional<AlertMark> active,
      Optional<Instant> countedByResolved) {
    if (run.isEmpty()) {
      return NOTHING;
    }
    if (active.isPresent()) {
      Optional<Instant> mark = active.get().lastSlotCounted();
      int alreadyCounted = mark.map(m -> countUpTo(run, m)).orElse(0);
      if (alreadyCounted == run.size()) {
        return NOTHING;
      }
      Optional<MissedDeclarationThreshold> before = rules.thresholdReachedBy(alreadyCounted);
      Optional<MissedDeclarationThreshold> now = rules.thresholdReachedBy(run.size());
      // Also raised when the run reaches a threshold worse than the alert is: after a schedule change (a corrected
      // category, 13.4) the mark was set under the old schedule, and the new schedule's slots up to it may reach a
      // threshold the alert never got.
      if (now.isEmpty() || (before.map(b -> b.consecutive() >= now.get().consecutive()).orElse(false)
          && !now.get().severity().isWorseThan(active.get().severity()))) {
        return NOTHING;
      }
      return new Raise(now.get(), Severity.max(active.get().severity(), now.get().severity()), run.size(),
          run.get(run.size() - 1));
    }
    List<Slot> uncounted = countedByResolved.map(m -> run.subList(countUpTo(run, m), run.size())).orElse(run);
    return rules.thresholdReachedBy(uncounted.size())
        .<Decision>map(t -> new Open(t, uncounted))
        .orElse(NOTHING);
  }

  /** How many slots of the run opened at or before {@code mark} (the run is in order). */
  private static int countUpTo(List<Slot> run, Instant mark) {
    int n = 0;
    while (n < run.size() && !run.get(n).opens().isAfter(mark)) {
      n++;
    }
    return n;
  }
}
