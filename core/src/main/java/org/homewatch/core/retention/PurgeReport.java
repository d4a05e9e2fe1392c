package org.homewatch.core.retention;

/**
 * What one batch of the retention purge did.
 *
 * @param casesAnonymised closed cases whose personal data was anonymised
 * @param casesSkipped due cases left alone because they changed under the purge (another node anonymised one,
 *     an alert reopened, the case was written meanwhile); the next batch looks at them again
 * @param messagesRemoved finished outbox messages removed
 * @param auditEventsRemoved audit events removed
 * @param hasMore whether the batch used its whole limit, so that another batch now may find more
 */
public record PurgeReport(int casesAnonymised, int casesSkipped, int messagesRemoved, int auditEventsRemoved,
    boolean hasMore) {

  /**
   * Everything the batch looked at.
   *
   * @return the sum of the four counts
   */
  public int examined() {
    return casesAnonymised + casesSkipped + messagesRemoved + auditEventsRemoved;
  }
}
