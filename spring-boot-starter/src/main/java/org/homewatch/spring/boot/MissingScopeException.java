package org.homewatch.spring.boot;

import org.homewatch.ConfigurationException;

/** Background jobs are on but {@code homewatch.scope} does not say which jurisdiction they act for. */
public class MissingScopeException extends ConfigurationException {
  private static final long serialVersionUID = 1L;

  /** The exception, with its message. */
  public MissingScopeException() {
    super("homewatch.scope is not set: the background jobs act as the system principal of the jurisdiction "
        + "this portal serves");
  }
}
