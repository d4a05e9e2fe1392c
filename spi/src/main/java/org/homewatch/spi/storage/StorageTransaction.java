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
  /**
   * Isolation cases.
   *
   * @return the case store bound to this transaction
   */
  CaseStore cases();

  /**
   * Declarations with their assessments.
   *
   * @return the declaration store bound to this transaction
   */
  DeclarationStore declarations();

  /**
   * Alerts.
   *
   * @return the alert store bound to this transaction
   */
  AlertStore alerts();

  /**
   * The notification outbox.
   *
   * @return the outbox bound to this transaction
   */
  OutboxStore outbox();

  /**
   * Citizens' feedback.
   *
   * @return the feedback store bound to this transaction
   */
  FeedbackStore feedback();

  /**
   * Staff accounts.
   *
   * @return the account store bound to this transaction
   */
  AccountStore accounts();

  /**
   * Administrative units.
   *
   * @return the unit store bound to this transaction
   */
  JurisdictionStore jurisdictions();

  /**
   * The audit trail.
   *
   * @return the audit store bound to this transaction
   */
  AuditStore audit();

  /**
   * The optional store of this type bound to this transaction, or empty if the storage does not offer it.
   * Present exactly for the types the storage lists in {@link Storage#optionalStores()}, in every transaction;
   * writes through it commit and roll back with the rest of the transaction.
   *
   * <p>The default offers none, which is right for a storage written before any optional store existed.
   *
   * @param <S> the optional store's interface
   * @param type the optional store's interface, e.g. {@code SpotCheckStore.class}
   * @return the store bound to this transaction, or empty if this storage does not offer it
   */
  default <S extends OptionalStore> Optional<S> store(Class<S> type) {
    return Optional.empty();
  }
}
