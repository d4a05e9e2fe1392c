package org.homewatch;

import org.jspecify.annotations.Nullable;

/** The root of every exception Homewatch throws. Unchecked: callers catch the subclass they can act on. */
public class HomewatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HomewatchException(String message) {
    super(message);
  }

  public HomewatchException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
