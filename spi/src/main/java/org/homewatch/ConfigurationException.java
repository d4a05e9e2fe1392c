package org.homewatch;

import org.jspecify.annotations.Nullable;

/**
 * Homewatch was set up wrongly: a bad rule set or schedule (the message names the file and JSON path), an
 * unknown or duplicate provider (the message names the jar to add), a builder option missing or set twice.
 */
public class ConfigurationException extends HomewatchException {
  private static final long serialVersionUID = 1L;

  /**
   * A configuration error described by {@code message}.
   *
   * @param message what is wrong and how to fix it: the file and JSON path, the option, or the jar to add
   */
  public ConfigurationException(String message) {
    super(message);
  }

  /**
   * A configuration error found while reading something that failed with {@code cause}.
   *
   * @param message what is wrong and how to fix it: the file and JSON path, the option, or the jar to add
   * @param cause the parser's or loader's exception, or {@code null}
   */
  public ConfigurationException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
