package org.homewatch.core.notify;

import java.util.Locale;
import org.homewatch.model.Alert;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * The alerts capability's port for an alert's line in a reader's language. An alert stores its summary in the
 * deployment's language ({@code Homewatch.Builder.locale}, what the queue shows); a staff member who reads another
 * language is paged with the line written again from what it summarises. Built by {@code Homewatch} only.
 */
public interface AlertSummaries {

  /** The stored summary, whoever reads it (for tests and for wiring without the alerts capability). */
  AlertSummaries STORED = (tx, alert, isolationCase, reader) -> alert.summary();

  /**
   * The alert's line for a reader.
   *
   * @param tx the caller's transaction (to read what the alert summarises)
   * @param alert the alert
   * @param isolationCase the alert's case
   * @param reader the reader's locale
   * @return the summary in the reader's language where it can be written again, else the stored summary
   */
  String summary(StorageTransaction tx, Alert alert, IsolationCase isolationCase, Locale reader);
}
