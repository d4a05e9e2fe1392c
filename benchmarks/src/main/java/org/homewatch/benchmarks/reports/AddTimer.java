package org.homewatch.benchmarks.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageTransaction;

/** Diagnostics for {@link CounterCostPairs}: the time spent inside {@code ReportCounterStore.add}. */
final class AddTimer {
  private static final AtomicLong NANOS = new AtomicLong();
  private static final AtomicLong CALLS = new AtomicLong();
  private static final AtomicLong ROWS = new AtomicLong();

  private AddTimer() {}

  static String report() {
    long calls = CALLS.getAndSet(0);
    if (calls == 0) {
      return "";
    }
    return String.format(Locale.ROOT, ", add(): %d calls, %.2f ms/call, %.1f counters/call", calls,
        NANOS.getAndSet(0) / 1e6 / calls, ROWS.getAndSet(0) / (double) calls);
  }

  static Storage timed(Storage storage) {
    return new Storage() {
      @Override
      public <T> T inTransaction(TransactionWork<T> work) {
        return storage.inTransaction(tx -> work.run(timed(tx)));
      }

      @Override
      public java.util.Set<Class<? extends org.homewatch.spi.storage.OptionalStore>> optionalStores() {
        return storage.optionalStores();
      }

      @Override
      public void close() {
        storage.close();
      }
    };
  }

  private static StorageTransaction timed(StorageTransaction tx) {
    return (StorageTransaction) Proxy.newProxyInstance(AddTimer.class.getClassLoader(),
        new Class<?>[] {StorageTransaction.class}, (proxy, method, args) -> {
          Object result = invoke(method, tx, args);
          if (method.getName().equals("store") && args[0] == ReportCounterStore.class) {
            return ((java.util.Optional<?>) result).map(s -> timed((ReportCounterStore) s));
          }
          return result;
        });
  }

  private static ReportCounterStore timed(ReportCounterStore store) {
    return (ReportCounterStore) Proxy.newProxyInstance(AddTimer.class.getClassLoader(),
        new Class<?>[] {ReportCounterStore.class}, (proxy, method, args) -> {
          if (!method.getName().equals("add")) {
            return invoke(method, store, args);
          }
          long started = System.nanoTime();
          Object result = invoke(method, store, args);
          NANOS.addAndGet(System.nanoTime() - started);
          CALLS.incrementAndGet();
          ROWS.addAndGet(((java.util.Collection<?>) args[0]).size());
          return result;
        });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
