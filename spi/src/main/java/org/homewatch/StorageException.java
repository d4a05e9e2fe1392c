package org.homewatch;

import org.jspecify.annotations.Nullable;

/** The storage failed (connection lost, SQL error, migration refused). The cause carries the driver's exception. */
public class StorageException extends HomewatchException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
