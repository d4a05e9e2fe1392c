package org.homewatch.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.homewatch.StorageException;
import org.homewatch.core.ForwardingStorage;
import org.homewatch.core.Homewatch;
import org.homewatch.core.World;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.ReportCounter;
import org.homewatch.model.Role;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.StorageTransaction;
import org.homewatch.test.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A settlement that dies after claiming its days, before their counters are written (as a process killed there
 * would), commits nothing: the next run settles the days, once.
 */
class SlotSettlementCrashTest {

  /** A storage whose counter store fails an add of slot counters while {@code dying} is set. */
  private static final class DyingAfterTheClaim extends ForwardingStorage {
    final AtomicBoolean dying = new AtomicBoolean();

    DyingAfterTheClaim() {
      super(World.memoryStorage());
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      return delegate.inTransaction(tx -> work.run(intercepting(StorageTransaction.class, tx, (name, args) -> {
        if (name.equals("store") && args[0] == ReportCounterStore.class) {
          ReportCounterStore real = tx.store(ReportCounterStore.class).orElseThrow();
          return Optional.of(intercepting(ReportCounterStore.class, real, (method, a) -> {
            if (method.equals("add") && dying.get() && ((Collection<?>) a[0]).stream()
                .anyMatch(c -> ((ReportCounter) c).measure().equals("SLOTS"))) {
              throw new StorageException("killed", new IllegalStateException("kill -9"));
            }
            return null;
          }));
        }
        return null;
      })));
    }
  }

  @Test
  @DisplayName("a settlement killed between its claim and its counters leaves its days unsettled; the next run "
      + "settles them once")
  void killedInTheMiddle() {
    DyingAfterTheClaim storage = new DyingAfterTheClaim();
    MutableClock clock = new MutableClock(World.START);
    try (Homewatch homewatch = Homewatch.builder().storage(storage).channel(AlertChannel.noop("sms")).clock(clock)
        .build()) {
      Principal admin = Principal.staff(new AccountId("admin"), World.PROVINCE, Role.ADMINISTRATOR);
      homewatch.jurisdictions().importUnits(admin, List.of(new Jurisdiction(World.PROVINCE, "Gia Lai"),
          new Jurisdiction(World.DISTRICT, "Chư Sê"), new Jurisdiction(World.COMMUNE_A, "Thị trấn Chư Sê")));
      Principal enroller = Principal.staff(new AccountId("enroller"), World.PROVINCE, Role.ENROLLER);
      homewatch.cases().register(enroller, NewCase.of(World.person("Lê Thị Chi", World.COMMUNE_A, 1985),
          CaseCategory.F2, new QuarantineDecision("1/QĐ", "UBND", World.TODAY), World.TODAY));
      clock.advance(Duration.ofDays(1));
      Principal system = Principal.system(World.PROVINCE);

      storage.dying.set(true);
      assertThrows(StorageException.class, () -> homewatch.reports().settleSlots(system, PageRequest.first(10)));
      Principal viewer = Principal.staff(new AccountId("viewer"), World.PROVINCE, Role.REPORT_VIEWER);
      assertEquals(0, homewatch.reports().report(viewer, ReportRequest.of(World.PROVINCE, World.TODAY,
          World.TODAY)).root().period().declarations().expected());
      assertEquals(List.of(), storage.delegate().inTransaction(tx -> tx.store(ReportCounterStore.class).orElseThrow()
          .list(World.COMMUNE_A, World.TODAY.minusDays(7), World.TODAY)).stream()
          .filter(c -> c.measure().equals("SLOTS_SETTLED")).toList(), "no day is marked settled");

      storage.dying.set(false);
      SlotSettlement settled = homewatch.reports().settleSlots(system, PageRequest.first(10));
      assertEquals(3, settled.expected());
      homewatch.reports().settleSlots(system, PageRequest.first(10));
      Figures.Declarations day = homewatch.reports().report(viewer, ReportRequest.of(World.PROVINCE, World.TODAY,
          World.TODAY)).root().period().declarations();
      assertEquals(List.of(3L, 3L, 1L), List.of(day.expected(), day.missed(), day.peopleWithConsecutiveMissed()));
    }
  }
}
