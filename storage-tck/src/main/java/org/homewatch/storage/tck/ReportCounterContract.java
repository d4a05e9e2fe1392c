package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The {@link ReportCounterStore} contract, an optional store: it runs only against a storage whose
 * {@code optionalStores()} lists {@code ReportCounterStore}; for any other storage JUnit reports it as skipped.
 */
abstract class ReportCounterContract extends StoreContract {
  private static final JurisdictionPath TOWN = Samples.CHU_SE_TOWN;
  private static final JurisdictionPath IA_BLANG = Samples.IA_BLANG;
  private static final JurisdictionPath OTHER_DISTRICT_COMMUNE = Samples.GIA_LAI.child("623").child("23600");
  private static final LocalDate D0 = LocalDate.of(2021, 8, 20);

  ReportCounterContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  @BeforeEach
  void onlyIfDeclared() {
    assumeTrue(storage().optionalStores().contains(ReportCounterStore.class),
        "the storage does not declare ReportCounterStore among its optional stores");
  }

  static ReportCounterStore counters(StorageTransaction tx) {
    return tx.store(ReportCounterStore.class).orElseThrow(() -> new AssertionError(
        "the storage declares ReportCounterStore but a transaction does not hand it out"));
  }

  private static ReportCounter c(JurisdictionPath unit, int day, String measure, String dimension, long value) {
    return new ReportCounter(unit, D0.plusDays(day), measure, dimension, value);
  }

  private static Map<String, Long> byKey(List<ReportCounter> counters) {
    return counters.stream().collect(Collectors.toMap(
        k -> k.unit() + "|" + k.day() + "|" + k.measure() + "|" + k.dimension(), ReportCounter::value));
  }

  @Test
  @DisplayName("Adds accumulate per key, also several of one key in one call, and a negative add takes away")
  void addsAccumulate() {
    write(tx -> counters(tx).add(List.of(c(TOWN, 0, "M", "A", 2), c(TOWN, 0, "M", "A", 3), c(TOWN, 0, "M", "B", 1))));
    write(tx -> counters(tx).add(List.of(c(TOWN, 0, "M", "A", -1), c(TOWN, 1, "M", "A", 7))));
    assertEquals(Map.of(
            TOWN + "|" + D0 + "|M|A", 4L, TOWN + "|" + D0 + "|M|B", 1L, TOWN + "|" + D0.plusDays(1) + "|M|A", 7L),
        byKey(read(tx -> counters(tx).list(TOWN, D0, D0.plusDays(1)))));
  }

  @Test
  @DisplayName("A counter that comes back to 0 is not listed and not summed")
  void zeroIsAbsent() {
    write(tx -> counters(tx).add(List.of(c(TOWN, 0, "M", "", 2))));
    write(tx -> counters(tx).add(List.of(c(TOWN, 0, "M", "", -2))));
    assertEquals(List.of(), read(tx -> counters(tx).list(TOWN, D0, D0)));
    assertEquals(List.of(), read(tx -> counters(tx).sumByUnit(Samples.GIA_LAI, D0, D0, Set.of())));
    assertEquals(List.of(), read(tx -> counters(tx).sumByDay(Samples.GIA_LAI, D0, D0, Set.of())));
  }

  @Test
  @DisplayName("Adds roll back with the transaction that made them")
  void rollsBack() {
    write(tx -> counters(tx).add(List.of(c(TOWN, 0, "M", "", 1))));
    assertThrows(IllegalStateException.class, () -> write(tx -> {
      counters(tx).add(List.of(c(TOWN, 0, "M", "", 5), c(IA_BLANG, 0, "M", "", 5)));
      throw new IllegalStateException("the work fails");
    }));
    assertEquals(Map.of(TOWN + "|" + D0 + "|M|", 1L),
        byKey(read(tx -> counters(tx).sumByUnit(Samples.GIA_LAI, D0, D0, Set.of()))));
  }

  @Test
  @DisplayName("Sums by unit cover the scope's subtree and the days asked, and only the measures asked")
  void sumsByUnit() {
    write(tx -> counters(tx).add(List.of(c(TOWN, 0, "M", "A", 1), c(TOWN, 2, "M", "A", 2), c(TOWN, 3, "M", "A", 50),
        c(IA_BLANG, 1, "M", "A", 4), c(IA_BLANG, 1, "N", "", 9), c(OTHER_DISTRICT_COMMUNE, 1, "M", "A", 100),
        c(Samples.CHU_SE, 1, "M", "A", 8))));
    List<ReportCounter> sums = read(tx -> counters(tx).sumByUnit(Samples.CHU_SE, D0, D0.plusDays(2), Set.of("M")));
    assertEquals(Map.of(
            TOWN + "|" + D0.plusDays(2) + "|M|A", 3L, IA_BLANG + "|" + D0.plusDays(2) + "|M|A", 4L,
            Samples.CHU_SE + "|" + D0.plusDays(2) + "|M|A", 8L),
        byKey(sums));
  }

  @Test
  @DisplayName("Sums by day add up the units of the scope's subtree day by day, under the scope")
  void sumsByDay() {
    write(tx -> counters(tx).add(List.of(c(TOWN, 0, "M", "A", 1), c(IA_BLANG, 0, "M", "A", 2),
        c(IA_BLANG, 1, "M", "A", 4), c(IA_BLANG, 1, "N", "", 9), c(OTHER_DISTRICT_COMMUNE, 1, "M", "A", 100))));
    assertEquals(Map.of(Samples.CHU_SE + "|" + D0 + "|M|A", 3L, Samples.CHU_SE + "|" + D0.plusDays(1) + "|M|A", 4L,
            Samples.CHU_SE + "|" + D0.plusDays(1) + "|N|", 9L),
        byKey(read(tx -> counters(tx).sumByDay(Samples.CHU_SE, D0, D0.plusDays(1), Set.of()))));
    assertEquals(Map.of(Samples.CHU_SE + "|" + D0.plusDays(1) + "|N|", 9L),
        byKey(read(tx -> counters(tx).sumByDay(Samples.CHU_SE, D0.plusDays(1), D0.plusDays(1), Set.of("N")))));
  }

  @Test
  @DisplayName("A unit's list holds its own counters, not those of the units below it")
  void listIsExact() {
    write(tx -> counters(tx).add(List.of(c(Samples.CHU_SE, 0, "M", "", 1), c(TOWN, 0, "M", "", 2))));
    assertEquals(Map.of(Samples.CHU_SE + "|" + D0 + "|M|", 1L),
        byKey(read(tx -> counters(tx).list(Samples.CHU_SE, D0, D0))));
  }

  @Test
  @DisplayName("Any sequence of adds sums to the total of what was added, per unit and per day (property)")
  void sumsMatchAdds() {
    Gen<int[]> increments = integers().between(0, 2).zip(integers().between(0, 4), integers().between(-3, 5),
        integers().between(0, 2), (u, d, v, m) -> new int[] {u, d, v, m});
    int[] example = {0};
    qt().withExamples(25).forAll(lists().of(lists().of(increments).ofSizeBetween(0, 6)).ofSizeBetween(1, 5))
        .checkAssert(batches -> {
          // each example counts under measures of its own, so that examples share the storage but not counters
          String prefix = "P" + example[0]++ + "_";
          Set<String> measures = Set.of(prefix + 0, prefix + 1, prefix + 2);
          Map<String, Long> byUnit = new HashMap<>();
          Map<String, Long> byDay = new HashMap<>();
          for (List<int[]> batch : batches) {
            List<ReportCounter> adds = batch.stream().map(x -> c(
                List.of(TOWN, IA_BLANG, OTHER_DISTRICT_COMMUNE).get(x[0]), x[1], prefix + x[3], "x", x[2])).toList();
            write(tx -> counters(tx).add(adds));
            for (ReportCounter a : adds) {
              byUnit.merge(a.unit() + "|" + D0.plusDays(4) + "|" + a.measure() + "|x", a.value(), Long::sum);
              byDay.merge(Samples.GIA_LAI + "|" + a.day() + "|" + a.measure() + "|x", a.value(), Long::sum);
            }
          }
          byUnit.values().removeIf(v -> v == 0);
          byDay.values().removeIf(v -> v == 0);
          assertEquals(byUnit, byKey(read(tx -> counters(tx).sumByUnit(Samples.GIA_LAI, D0, D0.plusDays(4),
              measures))));
          assertEquals(byDay, byKey(read(tx -> counters(tx).sumByDay(Samples.GIA_LAI, D0, D0.plusDays(4),
              measures))));
        });
  }

  @Test
  @DisplayName("transactions that add to the same new counter at the same moment all count (the first insert races)")
  void concurrentFirstAdds() throws Exception {
    int days = 12;
    for (int day = 0; day < days; day++) {
      List<ReportCounter> one = List.of(c(TOWN, day, "FIRST", "", 1));
      concurrently(4, () -> {
        write(tx -> counters(tx).add(one));
        return null;
      });
    }
    Map<String, Long> perDay = byKey(read(tx -> counters(tx).sumByDay(Samples.GIA_LAI, D0, D0.plusDays(days - 1),
        Set.of("FIRST"))));
    assertEquals(days, perDay.size(), perDay.toString());
    perDay.forEach((key, total) -> assertEquals(4L, total, key));
  }

  @Test
  @DisplayName("of transactions claiming the same new marker at the same moment exactly one gets it, and every claim "
      + "counts (core's once-only settling)")
  void claimingAMarkerOnce() throws Exception {
    int days = 6;
    for (int day = 0; day < days; day++) {
      ReportCounter marker = c(TOWN, day, "SETTLED", "", 1);
      List<Boolean> got = concurrently(4, () -> read(tx -> counters(tx).claim(marker)));
      assertEquals(1, got.stream().filter(Boolean::booleanValue).count(), "claims on day " + day + ": " + got);
      assertEquals(4L, read(tx -> counters(tx).list(TOWN, marker.day(), marker.day())).stream()
          .filter(k -> k.measure().equals("SETTLED")).mapToLong(ReportCounter::value).sum());
    }
  }

  @Test
  @DisplayName("a claim rolled back leaves the marker free for the next one")
  void claimRolledBack() {
    ReportCounter marker = c(TOWN, 0, "SETTLED", "", 1);
    assertThrows(IllegalStateException.class, () -> write(tx -> {
      counters(tx).claim(marker);
      throw new IllegalStateException("killed");
    }));
    assertEquals(true, read(tx -> counters(tx).claim(marker)));
    assertEquals(false, read(tx -> counters(tx).claim(marker)));
  }

  @Test
  @DisplayName("Concurrent transactions adding to the same counters lose no add and do not deadlock")
  void concurrentAdds() throws Exception {
    List<ReportCounter> both = new ArrayList<>(List.of(c(TOWN, 0, "M", "", 1), c(IA_BLANG, 0, "M", "", 1)));
    concurrently(4, () -> {
      for (int i = 0; i < 10; i++) {
        List<ReportCounter> mine = new ArrayList<>(both);
        if (i % 2 == 0) {
          java.util.Collections.reverse(mine);
        }
        write(tx -> counters(tx).add(mine));
      }
      return null;
    });
    assertEquals(Map.of(Samples.GIA_LAI + "|" + D0 + "|M|", 80L),
        byKey(read(tx -> counters(tx).sumByDay(Samples.GIA_LAI, D0, D0, Set.of()))));
  }

  @Test
  @DisplayName("Adds made concurrently accumulate with plain adds, and the transaction that made them reads them")
  void addsConcurrentlyAccumulate() {
    write(tx -> counters(tx).add(List.of(c(TOWN, 0, "M", "A", 2))));
    long seenInside = read(tx -> {
      counters(tx).addConcurrently(
          List.of(c(TOWN, 0, "M", "A", 3), c(TOWN, 0, "M", "A", 1), c(IA_BLANG, 0, "M", "A", 5)));
      return counters(tx).list(TOWN, D0, D0).stream().mapToLong(ReportCounter::value).sum();
    });
    write(tx -> counters(tx).addConcurrently(List.of(c(TOWN, 0, "M", "A", -6))));
    assertEquals(6L, seenInside, "the adding transaction reads its own adds");
    assertEquals(List.of(), read(tx -> counters(tx).list(TOWN, D0, D0)), "2 + 3 + 1 - 6 is 0: not listed");
    assertEquals(Map.of(IA_BLANG + "|" + D0 + "|M|A", 5L),
        byKey(read(tx -> counters(tx).sumByUnit(Samples.GIA_LAI, D0, D0, Set.of()))));
    assertEquals(Map.of(Samples.GIA_LAI + "|" + D0 + "|M|A", 5L),
        byKey(read(tx -> counters(tx).sumByDay(Samples.GIA_LAI, D0, D0, Set.of()))));
  }

  @Test
  @DisplayName("Concurrent transactions adding concurrently to the same counters, some also plainly, lose no add and"
      + " do not deadlock")
  void concurrentAddsConcurrently() throws Exception {
    List<ReportCounter> both = new ArrayList<>(List.of(c(TOWN, 0, "M", "", 1), c(IA_BLANG, 0, "M", "", 1)));
    concurrently(4, () -> {
      for (int i = 0; i < 10; i++) {
        List<ReportCounter> mine = new ArrayList<>(both);
        if (i % 2 == 0) {
          java.util.Collections.reverse(mine);
        }
        if (i % 5 == 0) {
          write(tx -> counters(tx).add(mine));
        } else {
          write(tx -> counters(tx).addConcurrently(mine));
        }
      }
      return null;
    });
    assertEquals(Map.of(Samples.GIA_LAI + "|" + D0 + "|M|", 80L),
        byKey(read(tx -> counters(tx).sumByDay(Samples.GIA_LAI, D0, D0, Set.of()))));
    assertEquals(Map.of(TOWN + "|" + D0 + "|M|", 40L), byKey(read(tx -> counters(tx).list(TOWN, D0, D0))));
  }
}
