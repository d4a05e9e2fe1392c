package org.homewatch.model;

import static org.homewatch.model.AlertStatus.ACKNOWLEDGED;
import static org.homewatch.model.AlertStatus.OPEN;
import static org.homewatch.model.AlertStatus.RESOLVED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.ConflictException;

/**
 * The alert state machine, in one place. Every change to an alert is one of the named {@link Transition}s, made
 * through the method of the same name on {@link Alert}; the table below says from which status each is allowed
 * and which status it leaves:
 *
 * <pre>
 *                 OPEN            ACKNOWLEDGED
 *   ACKNOWLEDGE   ACKNOWLEDGED    ACKNOWLEDGED   (a colleague takes over)
 *   RAISE         OPEN            OPEN           (worse news needs a fresh answer)
 *   ADD_EVIDENCE  OPEN            ACKNOWLEDGED   (same severity: more of the same, nobody is paged again)
 *   ESCALATE      OPEN            -              (only an unanswered alert goes up)
 *   TRANSFER      OPEN            OPEN           (the case moved; the new commune has not taken it yet)
 *   RESOLVE       RESOLVED        RESOLVED
 *   NOTE_UNDELIVERED OPEN         ACKNOWLEDGED   (a staff notification about it failed for good)
 *   REMIND_TO_RESOLVE -           ACKNOWLEDGED   (taken, but not resolved in time: its handler is reminded)
 *   ESCALATE_UNRESOLVED -         OPEN           (reminded and still not resolved: the unit above must take it)
 * </pre>
 *
 * <p>The last two keep an acknowledged alert from stalling: acknowledging stops the acknowledge-by clock and starts
 * a resolve-by clock ({@link Alert#acknowledgeBy()} holds whichever deadline the current status runs against). An
 * acknowledged EMERGENCY whose handler went quiet is reminded once, then goes up like an unanswered one.
 *
 * A resolved alert changes no more: new evidence for the case opens a new alert. The machine lives in the model,
 * next to {@link Alert}, so that no caller (core, a storage, a plugin) can build a transition it does not allow.
 */
public final class AlertLifecycle {

  /** The named changes of an alert, each a method on {@link Alert}. */
  public enum Transition {
    /** A staff member takes the alert; a colleague may take it over. */
    ACKNOWLEDGE(AlertEvent.Kind.ACKNOWLEDGED),
    /** Worse news: a worse severity, open again. */
    RAISE(AlertEvent.Kind.RAISED),
    /** More evidence of the same severity; nobody is paged again. */
    ADD_EVIDENCE(AlertEvent.Kind.RAISED),
    /** Nobody acknowledged in time: the unit one level up is notified. */
    ESCALATE(AlertEvent.Kind.ESCALATED),
    /** The case moved to another commune, which now has the alert. */
    TRANSFER(AlertEvent.Kind.TRANSFERRED),
    /** Closed with an outcome; final. */
    RESOLVE(AlertEvent.Kind.RESOLVED),
    /** A staff notification about it failed for good. */
    NOTE_UNDELIVERED(AlertEvent.Kind.DELIVERY_FAILED),
    /** Acknowledged but not resolved in time: its handler is reminded. */
    REMIND_TO_RESOLVE(AlertEvent.Kind.REMINDED),
    /** Reminded and still not resolved: open again one level up. */
    ESCALATE_UNRESOLVED(AlertEvent.Kind.ESCALATED);

    private final AlertEvent.Kind event;

    Transition(AlertEvent.Kind event) {
      this.event = event;
    }

    /**
     * The history event the transition adds.
     *
     * @return the event kind recorded in the alert's history
     */
    public AlertEvent.Kind event() {
      return event;
    }
  }

  private static final Map<AlertStatus, Map<Transition, AlertStatus>> NEXT;

  static {
    Map<AlertStatus, Map<Transition, AlertStatus>> next = new EnumMap<>(AlertStatus.class);
    Map<Transition, AlertStatus> fromOpen = new EnumMap<>(Transition.class);
    fromOpen.put(Transition.ACKNOWLEDGE, ACKNOWLEDGED);
    fromOpen.put(Transition.RAISE, OPEN);
    fromOpen.put(Transition.ADD_EVIDENCE, OPEN);
    fromOpen.put(Transition.ESCALATE, OPEN);
    fromOpen.put(Transition.TRANSFER, OPEN);
    fromOpen.put(Transition.RESOLVE, RESOLVED);
    fromOpen.put(Transition.NOTE_UNDELIVERED, OPEN);
    Map<Transition, AlertStatus> fromAcknowledged = new EnumMap<>(Transition.class);
    fromAcknowledged.put(Transition.ACKNOWLEDGE, ACKNOWLEDGED);
    fromAcknowledged.put(Transition.RAISE, OPEN);
    fromAcknowledged.put(Transition.ADD_EVIDENCE, ACKNOWLEDGED);
    fromAcknowledged.put(Transition.TRANSFER, OPEN);
    fromAcknowledged.put(Transition.RESOLVE, RESOLVED);
    fromAcknowledged.put(Transition.NOTE_UNDELIVERED, ACKNOWLEDGED);
    fromAcknowledged.put(Transition.REMIND_TO_RESOLVE, ACKNOWLEDGED);
    fromAcknowledged.put(Transition.ESCALATE_UNRESOLVED, OPEN);
    next.put(OPEN, Collections.unmodifiableMap(fromOpen));
    next.put(ACKNOWLEDGED, Collections.unmodifiableMap(fromAcknowledged));
    next.put(RESOLVED, Map.of());
    NEXT = Collections.unmodifiableMap(next);
  }

  private AlertLifecycle() {}

  /**
   * The transitions allowed from {@code from}; empty for a resolved alert.
   *
   * @param from the current status
   * @return the allowed transitions, possibly none
   */
  public static Set<Transition> allowed(AlertStatus from) {
    return NEXT.get(from).keySet();
  }

  /**
   * The status {@code transition} leaves an alert in {@code from}, or empty if the machine does not allow it.
   *
   * @param from the current status
   * @param transition the change asked for
   * @return the status it leads to, or empty if it is not allowed
   */
  public static Optional<AlertStatus> after(AlertStatus from, Transition transition) {
    return Optional.ofNullable(NEXT.get(from).get(transition));
  }

  /**
   * The status after the transition.
   *
   * @param id the alert, named in the exception's message
   * @param from the current status
   * @param transition the change asked for
   * @return the status it leads to
   * @throws ConflictException if the machine has no such edge from {@code from}
   */
  public static AlertStatus requireAllowed(AlertId id, AlertStatus from, Transition transition) {
    AlertStatus to = NEXT.get(from).get(transition);
    if (to == null) {
      throw new ConflictException("alert " + id + " is " + from + " and cannot " + transition
          + (allowed(from).isEmpty() ? " (it is resolved)" : "; from " + from + " it may " + allowed(from)));
    }
    return to;
  }
}
