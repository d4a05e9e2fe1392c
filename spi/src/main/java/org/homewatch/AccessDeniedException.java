package org.homewatch;

/**
 * The acting principal may not do this: it lacks the role, or the target lies outside its jurisdiction.
 * Thrown before anything is read or written.
 */
public class AccessDeniedException extends HomewatchException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
