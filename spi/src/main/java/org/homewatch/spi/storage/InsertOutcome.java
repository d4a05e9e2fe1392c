package org.homewatch.spi.storage;

/** What an idempotent insert did. */
public enum InsertOutcome {
  /** The row is new and was stored. */
  INSERTED,
  /** A row with the same id was already stored; nothing was written. */
  ALREADY_PRESENT
}
