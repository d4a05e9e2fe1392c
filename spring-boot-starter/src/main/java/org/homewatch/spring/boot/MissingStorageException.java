package org.homewatch.spring.boot;

import org.homewatch.ConfigurationException;

/** The application has neither a DataSource nor a Storage bean, so Homewatch has nowhere to keep its data. */
public class MissingStorageException extends ConfigurationException {
  private static final long serialVersionUID = 1L;

  /** The exception, with its message. */
  public MissingStorageException() {
    super("Homewatch needs a storage: the application has no javax.sql.DataSource and no "
        + "org.homewatch.spi.storage.Storage bean");
  }
}
