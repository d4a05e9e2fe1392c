package org.homewatch.spi.storage;

import java.util.Optional;

/**
 * The stores, bound to one transaction. Valid only inside the work it was given to, on that thread.
 *
 * <p>The eight getters are the mandatory stores: every storage has them. Stores added later are
 * {@link OptionalStore optional} and reached through {@link #store(Class)}, so that adding one breaks no storage
 * (see the package documentation).
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

  /**
   * The optional store of this type bound to this transaction, or empty if the storage does not offer it.
   * Present exactly for the types the storage lists in {@link Storage#optionalStores()}, in every transaction;
   * writes through it commit and roll back with the rest of the transaction.
   *
   * <p>The default offers none, which is right for a storage written before any optional store existed.
   */
  default <S extends OptionalStore> Optional<S> store(Class<S> type) {
    return Optional.empty();
  }
}
