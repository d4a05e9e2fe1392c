package org.homewatch;

import org.jspecify.annotations.Nullable;

/** The root of every exception Homewatch throws. Unchecked: callers catch the subclass they can act on. */
public class HomewatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with {@code message} and no cause.
   *
   * @param message what failed, naming the field, option or id concerned; never personal data
   */
  public HomewatchException(String message) {
    super(message);
  }

  /**
   * An exception with {@code message}, caused by {@code cause}.
   *
   * @param message what failed, naming the field, option or id concerned; never personal data
   * @param cause the underlying exception, or {@code null}
   */
  public HomewatchException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
