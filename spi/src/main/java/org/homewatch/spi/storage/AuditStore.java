package org.homewatch.spi.storage;

import java.time.Instant;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;

/** The append-only audit trail. */
public interface AuditStore {
  void append(AuditEvent event);

  /** {@link #append} for each event, in order; storages override the default with a batched insert. */
  default void appendAll(java.util.List<AuditEvent> events) {
    for (AuditEvent event : events) {
      append(event);
    }
  }

  /** Events whose unit lies in {@code scope}, at or after {@code since}, oldest first, keyset-paged. */
  Page<AuditEvent> list(JurisdictionPath scope, Instant since, PageRequest page);
}
