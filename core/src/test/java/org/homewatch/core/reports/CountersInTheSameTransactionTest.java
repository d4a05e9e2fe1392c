package org.homewatch.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.homewatch.StorageException;
import org.homewatch.core.World;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.PageRequest;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The counters move in the same transaction as the change: if they cannot move, the change does not happen. */
class CountersInTheSameTransactionTest {

  /** A storage whose counter store fails its adds while {@code failing} is set. */
  private static final class FailingCounters implements Storage {
    final Storage delegate = World.memoryStorage();
    final AtomicBoolean failing = new AtomicBoolean();

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      return delegate.inTransaction(tx -> work.run(wrap(tx)));
    }

    private StorageTransaction wrap(StorageTransaction tx) {
      return (StorageTransaction) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {StorageTransaction.class}, (proxy, method, args) -> {
            if (method.getName().equals("store") && args[0] == ReportCounterStore.class) {
              ReportCounterStore real = tx.store(ReportCounterStore.class).orElseThrow();
              return Optional.of(new ReportCounterStore() {
                @Override
                public void add(java.util.Collection<ReportCounter> increments) {
                  if (failing.get()) {
                    throw new StorageException("the counter table is full", new IllegalStateException("full"));
                  }
                  real.add(increments);
                }

                @Override
                public List<ReportCounter> sumByUnit(org.homewatch.model.JurisdictionPath s, LocalDate f,
                    LocalDate l, Set<String> m) {
                  return real.sumByUnit(s, f, l, m);
                }

                @Override
                public List<ReportCounter> sumByDay(org.homewatch.model.JurisdictionPath s, LocalDate f,
                    LocalDate l, Set<String> m) {
                  return real.sumByDay(s, f, l, m);
                }

                @Override
                public List<ReportCounter> list(org.homewatch.model.JurisdictionPath u, LocalDate f, LocalDate l) {
                  return real.list(u, f, l);
                }
              });
            }
            try {
              return method.invoke(tx, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
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
  }

  @Test
  @DisplayName("a registration whose counters cannot be written is not stored either")
  void failingCountersRollTheChangeBack() {
    FailingCounters storage = new FailingCounters();
    org.homewatch.core.Homewatch homewatch = org.homewatch.core.Homewatch.builder().storage(storage)
        .channel(org.homewatch.spi.notification.AlertChannel.noop("sms")).clock(new org.homewatch.test.MutableClock(
            World.START)).build();
    org.homewatch.model.Principal admin = org.homewatch.model.Principal.staff(
        new org.homewatch.model.AccountId("admin"), World.PROVINCE, org.homewatch.model.Role.ADMINISTRATOR);
    homewatch.jurisdictions().importUnits(admin, List.of(new org.homewatch.model.Jurisdiction(World.PROVINCE,
        "Gia Lai"), new org.homewatch.model.Jurisdiction(World.DISTRICT, "Chư Sê"),
        new org.homewatch.model.Jurisdiction(World.COMMUNE_A, "Thị trấn Chư Sê")));
    org.homewatch.model.Principal enroller = org.homewatch.model.Principal.staff(
        new org.homewatch.model.AccountId("enroller"), World.PROVINCE, org.homewatch.model.Role.ENROLLER);
    storage.failing.set(true);
    assertThrows(StorageException.class, () -> homewatch.cases().register(enroller,
        org.homewatch.model.NewCase.of(World.person("Nguyễn Văn An", World.COMMUNE_A, 1985),
            org.homewatch.model.CaseCategory.F2, new org.homewatch.model.QuarantineDecision("1/QĐ", "UBND", World.TODAY),
            World.TODAY)));
    assertEquals(0, storage.delegate.inTransaction(tx -> tx.cases().list(CaseQuery.in(World.PROVINCE),
        PageRequest.first(10))).items().size());

    storage.failing.set(false);
    homewatch.cases().register(enroller, org.homewatch.model.NewCase.of(
        World.person("Nguyễn Văn An", World.COMMUNE_A, 1985), org.homewatch.model.CaseCategory.F2,
        new org.homewatch.model.QuarantineDecision("1/QĐ", "UBND", World.TODAY), World.TODAY));
    assertEquals(1, storage.delegate.inTransaction(tx -> tx.store(ReportCounterStore.class).orElseThrow()
        .list(World.COMMUNE_A, World.TODAY, World.TODAY)).stream()
        .filter(c -> c.measure().equals("CASE_REGISTERED")).mapToLong(ReportCounter::value).sum());
    homewatch.close();
  }
}
