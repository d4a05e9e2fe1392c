package org.homewatch.core.retention;

import java.util.ArrayList;
import java.util.List;
import org.homewatch.ValidationException;
import org.homewatch.ValidationException.Violation;

/**
 * How long one province keeps what the purge removes, in whole days.
 *
 * @param closedCaseDays how long after a case's last day its personal data is kept
 * @param outboxDays how long a finished outbox message is kept (never longer than {@code closedCaseDays})
 * @param auditDays how long an audit event is kept (the purge's own events are kept)
 */
public record Retention(int closedCaseDays, int outboxDays, int auditDays) {
  /** The longest retention accepted for any of the three: ten years. A longer one is a typo, not a policy. */
  public static final int MAX_DAYS = 3650;
  /** Closed cases' personal data: 30 days, for late questions and corrections after the period. */
  public static final int DEFAULT_CLOSED_CASE_DAYS = 30;
  /** Finished outbox messages: 30 days, enough to look into a delivery complaint. */
  public static final int DEFAULT_OUTBOX_DAYS = 30;
  /** Audit events: a year, so that a complaint about who looked at a person can still be answered. */
  public static final int DEFAULT_AUDIT_DAYS = 365;
  /** The defaults: 30, 30 and 365 days. */
  public static final Retention DEFAULT =
      new Retention(DEFAULT_CLOSED_CASE_DAYS, DEFAULT_OUTBOX_DAYS, DEFAULT_AUDIT_DAYS);

  /**
   * Checks every value at once.
   *
   * @param closedCaseDays how long after a case's last day its personal data is kept
   * @param outboxDays how long a finished outbox message is kept
   * @param auditDays how long an audit event is kept
   * @throws ValidationException naming each option ({@code closedCaseDays}, {@code outboxDays},
   *     {@code auditDays}) that is not 1 to {@value #MAX_DAYS}
   */
  public Retention {
    List<Violation> violations = new ArrayList<>();
    check(violations, "closedCaseDays", closedCaseDays);
    check(violations, "outboxDays", outboxDays);
    check(violations, "auditDays", auditDays);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  /**
   * {@code days} for closed cases and the defaults for the rest (outbox messages no longer than the cases).
   *
   * @param days how long after a case's last day its personal data is kept
   * @return the retention
   * @throws ValidationException naming {@code closedCaseDays} if it is not 1 to {@value #MAX_DAYS}
   */
  public static Retention ofClosedCases(int days) {
    return new Retention(days, Math.max(1, Math.min(DEFAULT_OUTBOX_DAYS, days)), DEFAULT_AUDIT_DAYS);
  }

  /**
   * How long a finished message is kept: {@link #outboxDays()}, or {@link #closedCaseDays()} if shorter.
   *
   * @return days
   */
  public int effectiveOutboxDays() {
    return Math.min(outboxDays, closedCaseDays);
  }

  private static void check(List<Violation> violations, String option, int days) {
    if (days < 1 || days > MAX_DAYS) {
      violations.add(new Violation(option, "homewatch.validation.retention.days",
          option + " must be 1 to " + MAX_DAYS + " days, was " + days));
    }
  }
}
