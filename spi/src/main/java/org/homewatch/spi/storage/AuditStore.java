package org.homewatch.spi.storage;

import java.time.Instant;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;

/** The append-only audit trail. */
public interface AuditStore {
  void append(AuditEvent event);

  /** Events whose unit lies in {@code scope}, at or after {@code since}, oldest first, keyset-paged. */
  Page<AuditEvent> list(JurisdictionPath scope, Instant since, PageRequest page);
}
