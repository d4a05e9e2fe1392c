package org.homewatch.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Keeps personal data out of log lines. Homewatch logs identifiers (message, alert and case ids, channel and job
 * names) and never a name, phone number or national id. Exception messages cannot be trusted with that: a driver
 * quotes the row it refused, a gateway the number it could not reach. So an exception is logged as its type and
 * stack trace, with every message in its cause chain withheld; the stack still says where it failed.
 */
public final class LogSafe {
  private LogSafe() {}

  /**
   * A stand-in for {@code e} to pass to a logger: the same stack trace and cause chain, each throwable shown by its
   * class name only.
   */
  public static Throwable withoutMessages(Throwable e) {
    return copy(e, 0);
  }

  private static Throwable copy(Throwable e, int depth) {
    Throwable cause = e.getCause();
    Withheld copy = new Withheld(e.getClass().getName(),
        cause == null || cause == e || depth > 20 ? null : copy(cause, depth + 1));
    copy.setStackTrace(e.getStackTrace());
    for (Throwable suppressed : e.getSuppressed()) {
      if (depth <= 20) {
        copy.addSuppressed(copy(suppressed, depth + 1));
      }
    }
    return copy;
  }

  /** Prints as {@code the.original.Type (message withheld)}. */
  private static final class Withheld extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;

    Withheld(String type, @Nullable Throwable cause) {
      super(null, cause, true, true);
      this.type = type;
    }

    @Override
    public String toString() {
      return type + " (message withheld: it may quote personal data)";
    }
  }
}
