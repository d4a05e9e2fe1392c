package org.homewatch;

import java.util.Optional;
import org.homewatch.model.JurisdictionPath;
import org.jspecify.annotations.Nullable;

/**
 * The acting principal may not do this: it lacks the role, or the target lies outside its jurisdiction.
 * Thrown before anything is read or written.
 *
 * <p>{@link #target()} is the unit the refused operation aimed at (a case's commune, an account's unit), so that
 * the refusal is audited where that unit's staff look, not only under the actor's scope.
 */
public class AccessDeniedException extends HomewatchException {
  private static final long serialVersionUID = 1L;
  private final transient @Nullable JurisdictionPath target;

  /**
   * A refusal with no target unit known (e.g. a missing role, checked before any unit is looked at).
   *
   * @param message what was refused and why, without personal data; it reaches portals' logs
   */
  public AccessDeniedException(String message) {
    this(message, null);
  }

  /**
   * A refusal aimed at {@code target}, so that it is audited under that unit as well.
   *
   * @param message what was refused and why, without personal data; it reaches portals' logs
   * @param target the unit the operation aimed at, or {@code null} when not known
   */
  public AccessDeniedException(String message, @Nullable JurisdictionPath target) {
    super(message);
    this.target = target;
  }

  /**
   * The unit the refused operation aimed at, when known.
   *
   * @return the target unit, or empty when the refusal came before any unit was known
   */
  public Optional<JurisdictionPath> target() {
    return Optional.ofNullable(target);
  }
}
