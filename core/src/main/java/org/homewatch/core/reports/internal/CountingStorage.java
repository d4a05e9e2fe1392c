package org.homewatch.core.reports.internal;

import java.time.Clock;
import java.util.Set;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.Storage;

/**
 * The storage core works with when reports are on: the integrator's storage, with every transaction watched by a
 * {@link CountingTransaction} that turns the writes it sees into report-counter changes and adds them, through the
 * storage's own {@code ReportCounterStore}, just before the transaction commits. So the counters move in the same
 * transaction as the change that moves them, whichever capability made the change, and a capability added later
 * is counted without knowing about reports.
 *
 * <p>A transaction joined by a nested {@code inTransaction} on the same thread is watched once: the nested work
 * runs on the same {@link CountingTransaction} and the counters are added once, by the outermost work.
 */
public final class CountingStorage implements Storage {
  private final Storage delegate;
  private final Clock clock;
  private final StaffAccounts staff = new StaffAccounts();
  private final ThreadLocal<CountingTransaction> current = new ThreadLocal<>();

  public CountingStorage(Storage delegate, Clock clock) {
    this.delegate = delegate;
    this.clock = clock;
  }

  @Override
  public <T> T inTransaction(TransactionWork<T> work) {
    CountingTransaction joined = current.get();
    if (joined != null) {
      return delegate.inTransaction(tx -> work.run(joined));
    }
    return delegate.inTransaction(tx -> {
      CountingTransaction counting = new CountingTransaction(tx, staff, clock);
      current.set(counting);
      try {
        T result = work.run(counting);
        counting.flush();
        return result;
      } finally {
        current.remove();
      }
    });
  }

  @Override
  public Set<Class<? extends OptionalStore>> optionalStores() {
    return delegate.optionalStores();
  }

  @Override
  public void close() {
    delegate.close();
  }

  /** The storage this one watches. */
  public Storage delegate() {
    return delegate;
  }
}
