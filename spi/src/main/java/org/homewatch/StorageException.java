package org.homewatch;

import org.jspecify.annotations.Nullable;

/** The storage failed (connection lost, SQL error, migration refused). The cause carries the driver's exception. */
public class StorageException extends HomewatchException {
  private static final long serialVersionUID = 1L;

  /**
   * A storage failure described by {@code message}.
   *
   * @param message what the storage was doing when it failed (no personal data)
   */
  public StorageException(String message) {
    super(message);
  }

  /**
   * A storage failure caused by the driver's {@code cause}.
   *
   * @param message what the storage was doing when it failed (no personal data)
   * @param cause the driver's or pool's exception, or {@code null}
   */
  public StorageException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
