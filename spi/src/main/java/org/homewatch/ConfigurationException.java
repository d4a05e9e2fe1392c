package org.homewatch;

import org.jspecify.annotations.Nullable;

/**
 * Homewatch was set up wrongly: a bad rule set or schedule (the message names the file and JSON path), an
 * unknown or duplicate provider (the message names the jar to add), a builder option missing or set twice.
 */
public class ConfigurationException extends HomewatchException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
