package org.homewatch;

/**
 * A write lost a race or repeats something that must be unique: a stale optimistic-lock version, a
 * duplicate id, a transition the current state does not allow. Re-read and decide again.
 */
public class ConflictException extends HomewatchException {
  private static final long serialVersionUID = 1L;

  /**
   * A conflict described by {@code message}.
   *
   * @param message what conflicted, naming the kind and id of the thing (never personal data)
   */
  public ConflictException(String message) {
    super(message);
  }

  /**
   * The standard message for a stale version, so that every store says it the same way.
   *
   * @param kind what was written, e.g. {@code "alert"} or {@code "case"}
   * @param id the id of the thing written
   * @param expected the version the writer read and expected to replace
   * @param actual the version now stored
   * @return the exception to throw; the caller re-reads and decides again
   */
  public static ConflictException staleVersion(String kind, Object id, long expected, long actual) {
    return new ConflictException(
        kind + " " + id + " was changed by someone else: expected version " + expected + " but it is " + actual);
  }
}
