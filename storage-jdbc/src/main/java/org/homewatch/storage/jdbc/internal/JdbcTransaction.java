package org.homewatch.storage.jdbc.internal;

import org.homewatch.spi.storage.AccountStore;
import org.homewatch.spi.storage.AlertStore;
import org.homewatch.spi.storage.AuditStore;
import org.homewatch.spi.storage.CaseStore;
import org.homewatch.spi.storage.DeclarationStore;
import org.homewatch.spi.storage.FeedbackStore;
import org.homewatch.spi.storage.JurisdictionStore;
import org.homewatch.spi.storage.OutboxStore;
import org.homewatch.spi.storage.StorageTransaction;

/** The stores bound to one connection, that is one transaction. */
final class JdbcTransaction implements StorageTransaction {
  private final CaseStore cases;
  private final DeclarationStore declarations;
  private final AlertStore alerts;
  private final OutboxStore outbox;
  private final FeedbackStore feedback;
  private final AccountStore accounts;
  private final JurisdictionStore jurisdictions;
  private final AuditStore audit;

  JdbcTransaction(Db db) {
    cases = new JdbcCaseStore(db);
    declarations = new JdbcDeclarationStore(db);
    alerts = new JdbcAlertStore(db);
    outbox = new JdbcOutboxStore(db);
    feedback = new JdbcFeedbackStore(db);
    accounts = new JdbcAccountStore(db);
    jurisdictions = new JdbcJurisdictionStore(db);
    audit = new JdbcAuditStore(db);
  }

  @Override
  public CaseStore cases() {
    return cases;
  }

  @Override
  public DeclarationStore declarations() {
    return declarations;
  }

  @Override
  public AlertStore alerts() {
    return alerts;
  }

  @Override
  public OutboxStore outbox() {
    return outbox;
  }

  @Override
  public FeedbackStore feedback() {
    return feedback;
  }

  @Override
  public AccountStore accounts() {
    return accounts;
  }

  @Override
  public JurisdictionStore jurisdictions() {
    return jurisdictions;
  }

  @Override
  public AuditStore audit() {
    return audit;
  }
}
