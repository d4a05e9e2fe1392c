package org.homewatch.core.retention;

/**
 * What one batch of the retention purge did.
 *
 * @param casesAnonymised closed cases whose personal data was anonymised
 * @param casesSkipped due cases left alone because they changed under the purge (another node anonymised one,
 *     an alert reopened, the case was written meanwhile); the next batch looks at them again
 * @param messagesRemoved finished outbox messages removed
 * @param auditEventsRemoved audit events removed
 * @param linkCodesRemoved one-time codes removed: those expired more than {@link RetentionPolicy#linkCodeDays()} ago,
 *     and those of a phone that the last kept case carrying it, anonymised in this batch, took with it (these come
 *     with a case and do not count towards the batch's limit)
 * @param citizenLinksRemoved citizen links removed because the last un-anonymised case of their person was
 *     anonymised in this batch (they come with a case, so they do not count towards the batch's limit)
 * @param hasMore whether the batch used its whole limit, so that another batch now may find more
 */
public record PurgeReport(int casesAnonymised, int casesSkipped, int messagesRemoved, int auditEventsRemoved,
    int linkCodesRemoved, int citizenLinksRemoved, boolean hasMore) {

  /**
   * A report of a batch that touched no citizen identity (the form before one-time codes and links were purged).
   *
   * @param casesAnonymised closed cases whose personal data was anonymised
   * @param casesSkipped due cases left alone because they changed under the purge
   * @param messagesRemoved finished outbox messages removed
   * @param auditEventsRemoved audit events removed
   * @param hasMore whether the batch used its whole limit
   */
  public PurgeReport(int casesAnonymised, int casesSkipped, int messagesRemoved, int auditEventsRemoved,
      boolean hasMore) {
    this(casesAnonymised, casesSkipped, messagesRemoved, auditEventsRemoved, 0, 0, hasMore);
  }

  /**
   * Everything the batch looked at.
   *
   * @return the sum of the counts but {@link #citizenLinksRemoved()}
   */
  public int examined() {
    return casesAnonymised + casesSkipped + messagesRemoved + auditEventsRemoved + linkCodesRemoved;
  }
}
