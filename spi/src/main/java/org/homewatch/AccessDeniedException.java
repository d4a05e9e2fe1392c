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

  public AccessDeniedException(String message) {
    this(message, null);
  }

  public AccessDeniedException(String message, @Nullable JurisdictionPath target) {
    super(message);
    this.target = target;
  }

  /** The unit the refused operation aimed at, when known. */
  public Optional<JurisdictionPath> target() {
    return Optional.ofNullable(target);
  }
}
