package org.homewatch.examples.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.core.Homewatch;
import org.homewatch.core.reports.CounterCheck;
import org.homewatch.core.reports.Figures;
import org.homewatch.core.reports.ReportRequest;
import org.homewatch.core.reports.ReportService;
import org.homewatch.core.reports.SlotSettlement;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.AccountId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slot settling through the public API on memory, H2 and PostgreSQL: the same day gives the same slot figures on
 * every storage, two nodes settling at the same moment count each commune-day once, and the consistency check agrees.
 */
class SlotSettlementOnEveryStorageTest {
  private static final Principal VIEWER = Principal.staff(new AccountId("so-tttt"), GiaLai.PROVINCE,
      Role.REPORT_VIEWER);

  static Stream<Arguments> storages() {
    return EveryStorage.storages("slots");
  }

  private static Instant at(int hour, int minute) {
    return GiaLai.TODAY.atTime(LocalTime.of(hour, minute)).atZone(ReportService.ZONE).toInstant();
  }

  private static void declare(GiaLaiWorld world, IsolationCase c, Instant observedAt) {
    world.clock().set(observedAt);
    world.homewatch().declarations().submit(world.citizen(c), NewDeclaration.of(DeclarationId.random(), c.id(),
        observedAt, GiaLai.normalVitals(), Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("a day's slots are settled the same on every storage, once, even by two nodes at the same moment")
  void settledOnceEverywhere(String name, Supplier<Storage> storage) throws Exception {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      Homewatch homewatch = world.homewatch();
      // registered at 08:00; windows 08–12, 14–16, 18–20, 30 minutes of grace
      IsolationCase an = world.registerF2("Nguyễn Văn An", GiaLai.THI_TRAN_CHU_SE);
      IsolationCase binh = world.registerF2("Trần Thị Bình", GiaLai.THI_TRAN_CHU_SE);
      world.registerF2("Ksor H'Bia", GiaLai.IA_TIEM);
      declare(world, an, at(8, 30));
      declare(world, binh, at(9, 0));
      declare(world, an, at(14, 30));
      declare(world, binh, at(16, 20));
      declare(world, an, at(18, 30));
      world.clock().set(GiaLai.TODAY.plusDays(1).atTime(1, 0).atZone(ReportService.ZONE).toInstant());

      List<SlotSettlement> nodes = twoNodesAtOnce(() -> homewatch.reports().settleSlots(GiaLai.SYSTEM,
          PageRequest.first(1000)));
      SlotSettlement both = nodes.get(0).plus(nodes.get(1));
      assertEquals(9, both.expected(), name + ": counted once between the two nodes, " + nodes);
      assertEquals(both.communes() / 2 * 7, both.daysSettled(), name + ": every commune's 7 days once, " + nodes);

      Figures.Declarations day = homewatch.reports().report(VIEWER,
          ReportRequest.of(GiaLai.PROVINCE, GiaLai.TODAY, GiaLai.TODAY)).root().period().declarations();
      assertEquals(List.of(9L, 4L, 1L, 4L, 1L), List.of(day.expected(), day.onTime(), day.late(), day.missed(),
          day.peopleWithConsecutiveMissed()), name);
      assertEquals(0, homewatch.reports().settleSlots(GiaLai.SYSTEM, PageRequest.first(1000)).daysSettled(), name);
      for (var commune : List.of(GiaLai.THI_TRAN_CHU_SE, GiaLai.IA_TIEM)) {
        CounterCheck check = homewatch.reports().checkCounters(GiaLai.SYSTEM, commune, GiaLai.TODAY, GiaLai.TODAY);
        assertTrue(check.consistent(), name + ": " + check.differences());
      }
    }
  }

  private static <T> List<T> twoNodesAtOnce(java.util.concurrent.Callable<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return work.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
