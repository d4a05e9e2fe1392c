package org.homewatch.spi.storage;

/**
 * The stores, bound to one transaction. Valid only inside the work it was given to, on that thread.
 */
public interface StorageTransaction {
  CaseStore cases();

  DeclarationStore declarations();

  AlertStore alerts();

  OutboxStore outbox();

  FeedbackStore feedback();

  AccountStore accounts();

  JurisdictionStore jurisdictions();

  AuditStore audit();
}
