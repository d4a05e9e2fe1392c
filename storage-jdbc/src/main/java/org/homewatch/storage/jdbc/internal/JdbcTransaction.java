package org.homewatch.storage.jdbc.internal;

import java.util.Optional;
import java.util.Set;
import org.homewatch.spi.storage.AccountStore;
import org.homewatch.spi.storage.AlertStore;
import org.homewatch.spi.storage.AuditStore;
import org.homewatch.spi.storage.CaseStore;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.DeclarationStore;
import org.homewatch.spi.storage.FeedbackStore;
import org.homewatch.spi.storage.JurisdictionStore;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.OutboxStore;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.RetentionStore;
import org.homewatch.spi.storage.FailedDeliveryStore;
import org.homewatch.spi.storage.SpotCheckStore;
import org.homewatch.spi.storage.StorageTransaction;

/** The stores bound to one connection, that is one transaction. */
final class JdbcTransaction implements StorageTransaction {
  /** The optional stores every JDBC storage offers: its migrations create their tables. */
  static final Set<Class<? extends OptionalStore>> OPTIONAL_STORES = Set.of(SpotCheckStore.class,
      ReportCounterStore.class, FailedDeliveryStore.class, CitizenIdentityStore.class, RetentionStore.class);

  private final CaseStore cases;
  private final DeclarationStore declarations;
  private final AlertStore alerts;
  private final OutboxStore outbox;
  private final FeedbackStore feedback;
  private final AccountStore accounts;
  private final JurisdictionStore jurisdictions;
  private final AuditStore audit;
  private final SpotCheckStore spotChecks;
  private final ReportCounterStore reportCounters;
  private final CitizenIdentityStore citizenIdentities;
  private final RetentionStore retention;

  JdbcTransaction(Db db) {
    cases = new JdbcCaseStore(db);
    declarations = new JdbcDeclarationStore(db);
    alerts = new JdbcAlertStore(db);
    outbox = new JdbcOutboxStore(db);
    feedback = new JdbcFeedbackStore(db);
    accounts = new JdbcAccountStore(db);
    jurisdictions = new JdbcJurisdictionStore(db);
    audit = new JdbcAuditStore(db);
    spotChecks = new JdbcSpotCheckStore(db);
    reportCounters = new JdbcReportCounterStore(db);
    citizenIdentities = new JdbcCitizenIdentityStore(db);
    retention = new JdbcRetentionStore(db, cases, alerts, feedback);
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

  @Override
  public <S extends OptionalStore> Optional<S> store(Class<S> type) {
    if (type == SpotCheckStore.class) {
      return Optional.of(type.cast(spotChecks));
    }
    if (type == FailedDeliveryStore.class) {
      return Optional.of(type.cast(outbox));
    }
    if (type == CitizenIdentityStore.class) {
      return Optional.of(type.cast(citizenIdentities));
    }
    if (type == RetentionStore.class) {
      return Optional.of(type.cast(retention));
    }
    return type == ReportCounterStore.class ? Optional.of(type.cast(reportCounters)) : Optional.empty();
  }
}
