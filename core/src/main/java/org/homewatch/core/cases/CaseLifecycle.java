package org.homewatch.core.cases;

import static org.homewatch.model.CaseStatus.ACTIVE;
import static org.homewatch.model.CaseStatus.CANCELLED;
import static org.homewatch.model.CaseStatus.COMPLETED;
import static org.homewatch.model.CaseStatus.ESCALATED;
import static org.homewatch.model.CaseStatus.PENDING;
import static org.homewatch.model.CaseStatus.TRANSFERRED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.homewatch.ConflictException;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseStatus;

/**
 * The case state machine, in one place:
 *
 * <pre>
 *   PENDING ──▶ ACTIVE ──▶ COMPLETED    (the period ended, the last day's declarations in, nothing open)
 *      │           ├─────▶ ESCALATED    (moved to a hospital or a facility)
 *      │           ├─────▶ TRANSFERRED  (handed to another commune or province; a successor case continues there)
 *      │           └─────▶ CANCELLED    (entered in error)
 *      ├─────────────────▶ TRANSFERRED
 *      └─────────────────▶ CANCELLED
 * </pre>
 *
 * A pending case may be transferred or cancelled before its period starts; closed cases change no more (a person
 * quarantined again gets a new case, linked to the old one). Changing the planned end is not a transition: it is
 * allowed while the case is PENDING or ACTIVE.
 */
public final class CaseLifecycle {
  private static final Map<CaseStatus, Set<CaseStatus>> NEXT;

  static {
    Map<CaseStatus, Set<CaseStatus>> next = new EnumMap<>(CaseStatus.class);
    for (CaseStatus s : CaseStatus.values()) {
      next.put(s, Collections.unmodifiableSet(EnumSet.noneOf(CaseStatus.class)));
    }
    next.put(PENDING, Collections.unmodifiableSet(EnumSet.of(ACTIVE, TRANSFERRED, CANCELLED)));
    next.put(ACTIVE, Collections.unmodifiableSet(EnumSet.of(COMPLETED, ESCALATED, TRANSFERRED, CANCELLED)));
    NEXT = Collections.unmodifiableMap(next);
  }

  private CaseLifecycle() {}

  /**
   * The statuses a case in {@code from} may move to; empty for a closed case.
   *
   * @param from a case status
   * @return the statuses it may move to
   */
  public static Set<CaseStatus> next(CaseStatus from) {
    return NEXT.get(from);
  }

  /**
   * Whether a case may move from {@code from} to {@code to}.
   *
   * @param from the current status
   * @param to the status wanted
   * @return true if the lifecycle allows it
   */
  public static boolean allows(CaseStatus from, CaseStatus to) {
    return NEXT.get(from).contains(to);
  }

  /**
   * @param id the case, named in the exception's message
   * @param from the current status
   * @param to the status wanted
   * @throws ConflictException if the machine has no edge {@code from → to}
   */
  public static void requireAllowed(CaseId id, CaseStatus from, CaseStatus to) {
    if (!allows(from, to)) {
      throw new ConflictException("case " + id + " is " + from + " and cannot become " + to
          + (next(from).isEmpty() ? " (it is closed)" : "; from " + from + " it may become " + next(from)));
    }
  }

  /**
   * True while the planned end may still be moved.
   *
   * @param status the case's status
   * @return true for pending and active cases
   */
  public static boolean allowsPeriodChange(CaseStatus status) {
    return status == PENDING || status == ACTIVE;
  }
}
