package org.homewatch.core.schedule;

import java.time.Instant;
import java.util.Objects;
import org.homewatch.model.Declaration;
import org.homewatch.model.DeclarationId;

/**
 * What matching needs of a declaration: its id and the instant it counts at.
 *
 * @param id the declaration's id
 * @param at the instant it counts at
 */
public record TimedDeclaration(DeclarationId id, Instant at) {
  /**
   * Refuses null components.
   *
   * @param id the declaration's id
   * @param at the instant it counts at
   */
  public TimedDeclaration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
  }

  /**
   * A declaration counts at the time the person observed (measured): a phone that was offline in the window
   * and uploads later still declared in time. Core bounds how far that may lie from the server's receipt.
   *
   * @param d a declaration
   * @return its id and observed-at time
   */
  public static TimedDeclaration of(Declaration d) {
    return new TimedDeclaration(d.id(), d.observedAt());
  }
}
