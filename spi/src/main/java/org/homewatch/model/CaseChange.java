package org.homewatch.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry in a case's history: what changed, when, by whom and why, in words a supervisor can read.
 *
 * @param kind e.g. {@code REGISTERED}, {@code ACTIVATED}, {@code PERIOD_EXTENDED}, {@code TRANSFERRED}
 * @param detail the before and after, and the reason given
 */
public record CaseChange(Instant at, AccountId by, String kind, String detail) {
  public CaseChange {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}
