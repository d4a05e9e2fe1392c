package org.homewatch.storage.memory.internal;

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

/**
 * All tables of one memory storage. Transactions run one at a time, so one instance serves every transaction;
 * each table checks on every call that the caller is inside one.
 */
public final class MemoryTables implements StorageTransaction {
  /** The optional stores this storage offers (all that the SPI defines). */
  public static final Set<Class<? extends OptionalStore>> OPTIONAL_STORES = Set.of(SpotCheckStore.class,
      ReportCounterStore.class, FailedDeliveryStore.class, CitizenIdentityStore.class, RetentionStore.class);

  private final CaseTable cases;
  private final DeclarationTable declarations;
  private final AlertTable alerts;
  private final OutboxTable outbox;
  private final FeedbackTable feedback;
  private final AccountTable accounts;
  private final JurisdictionTable jurisdictions;
  private final AuditTable audit;
  private final SpotCheckTable spotChecks;
  private final ReportCounterTable reportCounters;
  private final CitizenIdentityTable citizenIdentities;
  private final RetentionTable retention;

  public MemoryTables(Engine engine) {
    cases = new CaseTable(engine);
    declarations = new DeclarationTable(engine);
    alerts = new AlertTable(engine);
    outbox = new OutboxTable(engine);
    feedback = new FeedbackTable(engine);
    accounts = new AccountTable(engine);
    jurisdictions = new JurisdictionTable(engine);
    audit = new AuditTable(engine);
    spotChecks = new SpotCheckTable(engine);
    reportCounters = new ReportCounterTable(engine);
    citizenIdentities = new CitizenIdentityTable(engine);
    retention = new RetentionTable(engine, cases, declarations, alerts, feedback, outbox, audit);
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

  /** Drops everything, when the storage closes. */
  public void clear() {
    cases.clear();
    declarations.clear();
    alerts.clear();
    outbox.clear();
    feedback.clear();
    accounts.clear();
    jurisdictions.clear();
    audit.clear();
    spotChecks.clear();
    reportCounters.clear();
    citizenIdentities.clear();
  }
}
