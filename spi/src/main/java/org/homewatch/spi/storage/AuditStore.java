package org.homewatch.spi.storage;

import java.time.Instant;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditQuery;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;

/** The append-only audit trail. */
public interface AuditStore {
  /**
   * Appends one event. Events are never changed or deleted through this interface.
   *
   * @param event the event, with a unique id
   */
  void append(AuditEvent event);

  /**
   * {@link #append} for each event, in order; storages override the default with a batched insert.
   *
   * @param events the events to append, in order
   */
  default void appendAll(java.util.List<AuditEvent> events) {
    for (AuditEvent event : events) {
      append(event);
    }
  }

  /**
   * Events whose unit lies in {@code scope}, at or after {@code since}, oldest first, keyset-paged.
   *
   * @param scope the units whose events are wanted (the unit and every unit below it)
   * @param since the earliest instant included
   * @param page where to start and how many
   * @return one page of events and the cursor of the next
   */
  Page<AuditEvent> list(JurisdictionPath scope, Instant since, PageRequest page);

  /**
   * The events {@code query} matches ({@link AuditQuery#matches}), oldest first (at, then id), keyset-paged: what
   * supervisors and administrators read to see who looked at or changed a person's data. A page may hold fewer than
   * {@code page.limit()} events and still have a next one.
   *
   * <p>The default walks {@link #list} from {@code query.from()} and keeps the matching events, asking each time for
   * no more events than the page still lacks, so that its cursor (one of {@code list}'s) never skips an event. It is
   * correct on any storage but reads every event of the scope in the period; a storage overrides it with a query
   * served by an index on actor and on target (the JDBC storage does).
   *
   * @param query what to match: scope, period, and optionally the case or the actor
   * @param page where to start and how many
   * @return one page of matching events and the cursor of the next
   */
  default Page<AuditEvent> query(AuditQuery query, PageRequest page) {
    java.util.List<AuditEvent> kept = new java.util.ArrayList<>();
    java.util.Optional<String> cursor = page.after();
    while (kept.size() < page.limit()) {
      Page<AuditEvent> read = list(query.scope(), query.from(), new PageRequest(cursor, page.limit() - kept.size()));
      for (AuditEvent event : read.items()) {
        if (!event.at().isBefore(query.to())) {
          return Page.last(kept);
        }
        if (query.matches(event)) {
          kept.add(event);
        }
      }
      if (!read.hasNext()) {
        return Page.last(kept);
      }
      cursor = read.next();
    }
    return new Page<>(kept, cursor);
  }
}
