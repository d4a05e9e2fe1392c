package org.homewatch.core.reports.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseId;
import org.homewatch.model.Feedback;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.AccountStore;
import org.homewatch.spi.storage.AlertStore;
import org.homewatch.spi.storage.AuditStore;
import org.homewatch.spi.storage.CaseStore;
import org.homewatch.spi.storage.DeclarationStore;
import org.homewatch.spi.storage.FeedbackStore;
import org.homewatch.spi.storage.InsertOutcome;
import org.homewatch.spi.storage.JurisdictionStore;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.OutboxStore;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.StorageTransaction;
import org.jspecify.annotations.Nullable;

/**
 * One transaction, watched: the stores it hands out are the real ones behind a proxy that, after each write the
 * real store accepted, records what the write does to the counters ({@link CounterChanges}). The proxies forward
 * every method, so a method added to a store later works unchanged (and is counted once it is listed here).
 *
 * <p>The state before an update is the one this transaction read last (every update carries the version its
 * writer read, so the writer read it), or else read from the store just before the update.
 */
final class CountingTransaction implements StorageTransaction {
  private final StorageTransaction tx;
  private final StaffAccounts staff;
  private final Clock clock;
  private final CounterDeltas changes = new CounterDeltas();
  private final Map<CaseId, IsolationCase> casesRead = new HashMap<>();
  private final Map<AlertId, Alert> alertsRead = new HashMap<>();
  private final Set<Acted> actedToday = new HashSet<>();
  private @Nullable CaseStore cases;
  private @Nullable DeclarationStore declarations;
  private @Nullable AlertStore alerts;
  private @Nullable FeedbackStore feedback;
  private @Nullable AccountStore accounts;
  private @Nullable AuditStore audit;
  private @Nullable OutboxStore outbox;

  CountingTransaction(StorageTransaction tx, StaffAccounts staff, Clock clock) {
    this.tx = tx;
    this.staff = staff;
    this.clock = clock;
  }

  /** Adds the counter changes of this transaction, merged per key and in key order (no deadlock between two). */
  void flush() {
    if (changes.isEmpty()) {
      return;
    }
    List<ReportCounter> merged = changes.drain();
    if (!merged.isEmpty()) {
      // only counts, never reads back what it added: concurrent transactions of one commune need not queue
      counterStore(tx).addConcurrently(merged);
    }
  }

  static ReportCounterStore counterStore(StorageTransaction tx) {
    return tx.store(ReportCounterStore.class).orElseThrow(() -> new IllegalStateException(
        "reports are on but the storage offers no ReportCounterStore (Homewatch.build() checks this)"));
  }

  @Override
  public CaseStore cases() {
    if (cases == null) {
      cases = watch(CaseStore.class, tx.cases(), onCases);
    }
    return cases;
  }

  @Override
  public DeclarationStore declarations() {
    if (declarations == null) {
      declarations = watch(DeclarationStore.class, tx.declarations(), onDeclarations);
    }
    return declarations;
  }

  @Override
  public AlertStore alerts() {
    if (alerts == null) {
      alerts = watch(AlertStore.class, tx.alerts(), onAlerts);
    }
    return alerts;
  }

  @Override
  public FeedbackStore feedback() {
    if (feedback == null) {
      feedback = watch(FeedbackStore.class, tx.feedback(), onFeedback);
    }
    return feedback;
  }

  @Override
  public AccountStore accounts() {
    if (accounts == null) {
      accounts = watch(AccountStore.class, tx.accounts(), onAccounts);
    }
    return accounts;
  }

  @Override
  public AuditStore audit() {
    if (audit == null) {
      audit = watch(AuditStore.class, tx.audit(), onAudit);
    }
    return audit;
  }

  @Override
  public OutboxStore outbox() {
    if (outbox == null) {
      outbox = watch(OutboxStore.class, tx.outbox(), onOutbox);
    }
    return outbox;
  }

  @Override
  public JurisdictionStore jurisdictions() {
    return tx.jurisdictions();
  }

  @Override
  public <S extends OptionalStore> Optional<S> store(Class<S> type) {
    return tx.store(type);
  }

  /** Called around a store method: {@code before} the real call (to read a previous state), then {@code after}. */
  private interface Watcher {
    @Nullable Object before(String method, Object[] args);

    void after(String method, Object[] args, @Nullable Object result, @Nullable Object before);
  }

  private interface AfterOnly extends Watcher {
    @Override
    default @Nullable Object before(String method, Object[] args) {
      return null;
    }
  }

  private static <S> S watch(Class<S> type, S store, Watcher watcher) {
    InvocationHandler handler = (proxy, method, args) -> invoke(store, method, args, watcher);
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static @Nullable Object invoke(Object store, Method method, Object @Nullable [] args, Watcher watcher)
      throws Throwable {
    Object[] arguments = args == null ? new Object[0] : args;
    if (method.getDeclaringClass() == Object.class) {
      return method.invoke(store, arguments);
    }
    Object before = watcher.before(method.getName(), arguments);
    Object result;
    try {
      result = method.invoke(store, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    watcher.after(method.getName(), arguments, result, before);
    return result;
  }

  // ---- what each store's writes count

  private final Watcher onCases = new Watcher() {
    @Override
    public @Nullable Object before(String method, Object[] args) {
      if (method.equals("update")) {
        return previousCase(((IsolationCase) args[0]).id());
      }
      if (method.equals("updateAll")) {
        Map<CaseId, IsolationCase> previous = new HashMap<>();
        for (Object o : (List<?>) args[0]) {
          IsolationCase c = (IsolationCase) o;
          IsolationCase was = previousCase(c.id());
          if (was != null) {
            previous.put(c.id(), was);
          }
        }
        return previous;
      }
      return null;
    }

    @Override
    public void after(String method, Object[] args, @Nullable Object result, @Nullable Object before) {
      switch (method) {
        case "find" -> ((Optional<?>) result).ifPresent(c -> remember((IsolationCase) c));
        case "findAll" -> ((Map<?, ?>) result).values().forEach(c -> remember((IsolationCase) c));
        case "insert" -> {
          IsolationCase c = (IsolationCase) args[0];
          CounterChanges.caseChanged(null, c, changes);
          remember(c);
        }
        case "update" -> {
          IsolationCase c = (IsolationCase) args[0];
          CounterChanges.caseChanged((IsolationCase) before, c, changes);
          remember(c);
        }
        case "updateAll" -> {
          for (Object o : (List<?>) args[0]) {
            IsolationCase c = (IsolationCase) o;
            Object was = ((Map<?, ?>) before).get(c.id());
            CounterChanges.caseChanged(was instanceof IsolationCase w ? w : null, c, changes);
            remember(c);
          }
        }
        case "updateMonitoringAll" -> ((List<?>) args[0]).forEach(c -> remember((IsolationCase) c));
        default -> { }
      }
    }
  };

  private void remember(IsolationCase c) {
    casesRead.put(c.id(), c);
  }

  private @Nullable IsolationCase previousCase(CaseId id) {
    IsolationCase known = casesRead.get(id);
    return known != null ? known : tx.cases().find(id).orElse(null);
  }

  private final Watcher onDeclarations = (AfterOnly) (method, args, result, before) -> {
    if (method.equals("insert")) {
      if (result == InsertOutcome.INSERTED) {
        declarationStored((AssessedDeclaration) args[0]);
      }
    } else if (method.equals("insertAll")) {
      List<?> given = (List<?>) args[0];
      List<?> outcomes = (List<?>) result;
      for (int i = 0; i < given.size(); i++) {
        if (outcomes.get(i) == InsertOutcome.INSERTED) {
          declarationStored((AssessedDeclaration) given.get(i));
        }
      }
    }
  };

  private void declarationStored(AssessedDeclaration d) {
    IsolationCase c = previousCase(d.declaration().caseId());
    if (c != null) {
      CounterChanges.declarationStored(c.responsibleUnit(), d, changes);
    }
  }

  private final Watcher onAlerts = new Watcher() {
    @Override
    public @Nullable Object before(String method, Object[] args) {
      if (method.equals("update")) {
        Alert updated = (Alert) args[0];
        Alert known = alertsRead.get(updated.id());
        return known != null ? known : tx.alerts().find(updated.id()).orElse(null);
      }
      return null;
    }

    @Override
    public void after(String method, Object[] args, @Nullable Object result, @Nullable Object before) {
      switch (method) {
        case "find", "findActive" -> ((Optional<?>) result).ifPresent(a -> rememberAlert((Alert) a));
        case "listForCase", "dueForEscalation" -> ((List<?>) result).forEach(a -> rememberAlert((Alert) a));
        case "insert" -> {
          Alert a = (Alert) args[0];
          CounterChanges.alertChanged(null, a, changes);
          rememberAlert(a);
        }
        case "update" -> {
          Alert a = (Alert) args[0];
          if (before != null) {
            CounterChanges.alertChanged((Alert) before, a, changes);
          }
          rememberAlert(a);
        }
        default -> { }
      }
    }
  };

  private void rememberAlert(Alert a) {
    alertsRead.put(a.id(), a);
  }

  private final Watcher onFeedback = new Watcher() {
    @Override
    public @Nullable Object before(String method, Object[] args) {
      return method.equals("update") ? tx.feedback().find(((Feedback) args[0]).id()).orElse(null) : null;
    }

    @Override
    public void after(String method, Object[] args, @Nullable Object result, @Nullable Object before) {
      if (method.equals("insert")) {
        CounterChanges.feedbackChanged(null, (Feedback) args[0], changes);
      } else if (method.equals("update") && before != null) {
        CounterChanges.feedbackChanged((Feedback) before, (Feedback) args[0], changes);
      }
    }
  };

  private final Watcher onAccounts = new Watcher() {
    @Override
    public @Nullable Object before(String method, Object[] args) {
      return method.equals("save") ? tx.accounts().find(((Account) args[0]).id()).orElse(null) : null;
    }

    @Override
    public void after(String method, Object[] args, @Nullable Object result, @Nullable Object before) {
      if (!method.equals("save")) {
        return;
      }
      Account now = (Account) args[0];
      staff.forget(now.id());
      Account was = (Account) before;
      boolean wasStaff = was != null && StaffAccounts.isStaff(was);
      boolean isStaff = StaffAccounts.isStaff(now);
      if (wasStaff && (!isStaff || !was.scope().equals(now.scope()))) {
        changes.accept(CounterChanges.counter(was.scope(), clock.instant(), Measures.STAFF_ACCOUNTS, "", -1));
      }
      if (isStaff && (!wasStaff || !was.scope().equals(now.scope()))) {
        changes.accept(CounterChanges.counter(now.scope(), clock.instant(), Measures.STAFF_ACCOUNTS, "", 1));
      }
    }
  };

  private final Watcher onAudit = (AfterOnly) (method, args, result, before) -> {
    if (method.equals("append")) {
      acted((AuditEvent) args[0]);
    } else if (method.equals("appendAll")) {
      ((List<?>) args[0]).forEach(e -> acted((AuditEvent) e));
    }
  };

  /** An account that acted on a day: counted once per transaction. */
  private record Acted(AccountId actor, java.time.LocalDate day) {}

  private void acted(AuditEvent event) {
    // a refusal is an attempt, not use of the system; the system account is not staff
    if (event.action().equals("access.denied") || event.actor().equals(AccountId.SYSTEM)) {
      return;
    }
    if (!actedToday.add(new Acted(event.actor(), Measures.day(event.at())))) {
      return;
    }
    staff.staffScope(event.actor(), tx.accounts()).ifPresent(scope -> changes.accept(CounterChanges.counter(scope,
        event.at(), Measures.STAFF_ACTED, StaffAccounts.pseudonym(event.actor()), 1)));
  }

  private final Watcher onOutbox = (AfterOnly) (method, args, result, before) -> {
    if (method.equals("complete") && Boolean.TRUE.equals(result)) {
      delivered((OutboxMessageId) args[0], (OutboxMessage.Status) args[3]);
    }
  };

  private void delivered(OutboxMessageId id, OutboxMessage.Status status) {
    if (status == OutboxMessage.Status.DELIVERED || status == OutboxMessage.Status.FAILED) {
      tx.outbox().find(id).ifPresent(m -> changes.accept(CounterChanges.counter(m.unit(), clock.instant(),
          Measures.NOTIFICATIONS, status.name(), 1)));
    }
  }
}
