package org.homewatch.benchmarks.schedule;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.homewatch.core.Homewatch;
import org.homewatch.core.schedule.SweepReport;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.MonitoringSummary;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.model.Severity;
import org.homewatch.model.Sex;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.storage.memory.MemoryStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4, part 8: one million ACTIVE cases in storage-memory (Gia Lai: one province, 17 districts, 10 communes
 * each, on VHD's three windows in Asia/Ho_Chi_Minh); the sweep for one day, run at midnight after it, must find
 * every missed slot. Each iteration is a new day: 1 % of the cases (a different 1 % each day) declared nothing
 * that day, the others declared in the evening; the sweep finds exactly 3 missed slots for each of the 10,000
 * and opens (or raises) their alerts, paging the commune's nurse through the outbox.
 *
 * <p>Single-shot: one full sweep (all batches) per measurement. Peak memory is read from the heap pools' peak
 * usage, reset before each sweep, less the heap in use after a full GC before it: what the sweep needed on top
 * of the stored cases, which is bounded by the batch size (one page of cases, a bounded slot cache), not by the
 * number of cases. Run with e.g. {@code -Xmx6g}; it prints the figures after each iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class MissedDeclarationSweepBenchmark {
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate START = LocalDate.of(2022, 3, 1);
  static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");

  @Param({"1000000"})
  public int cases;

  @Param({"1000"})
  public int batchSize;

  private final SettableClock clock = new SettableClock();
  private MemoryStorage storage;
  private Homewatch homewatch;
  private Principal system;
  private List<JurisdictionPath> communes;
  private int day;
  private long expectedMissedSlots;
  private long baselineHeap;
  private SweepReport last;

  @Setup(Level.Trial)
  public void createProvince() {
    storage = new MemoryStorage();
    clock.set(START.atStartOfDay(ZONE).toInstant());
    homewatch = Homewatch.builder().storage(storage).clock(clock).channel(new AcceptingChannel()).build();
    Principal admin = Principal.staff(new AccountId("admin"), PROVINCE, Role.ADMINISTRATOR);
    system = Principal.system(PROVINCE);
    List<Jurisdiction> units = new ArrayList<>();
    units.add(new Jurisdiction(PROVINCE, "Gia Lai"));
    communes = new ArrayList<>();
    for (int d = 0; d < 17; d++) {
      JurisdictionPath district = PROVINCE.child(Integer.toString(600 + d));
      units.add(new Jurisdiction(district, "Huyện " + d));
      for (int c = 0; c < 10; c++) {
        JurisdictionPath commune = district.child(Integer.toString(20000 + d * 100 + c));
        units.add(new Jurisdiction(commune, "Xã " + d + "-" + c));
        communes.add(commune);
      }
    }
    homewatch.jurisdictions().importUnits(admin, units);
    for (JurisdictionPath commune : communes) {
      homewatch.accounts().save(admin, new Account(new AccountId("nurse-" + commune.code()), "Y tá",
          Set.of(Role.MONITOR), commune, List.of(new ContactPoint("sms", "+84905" + commune.code() + "0")), true,
          true, 0));
    }
    Instant registered = clock.instant();
    storage.useTransaction(tx -> {
      for (int i = 0; i < cases; i++) {
        tx.cases().insert(newCase(i, registered));
      }
    });
    day = 0;
  }

  private IsolationCase newCase(int i, Instant registered) {
    JurisdictionPath commune = communes.get(i % communes.size());
    Person person = new Person(PersonId.random(), "Người " + i, BirthDate.ofYear(1950 + i % 60), Sex.FEMALE,
        new PhoneNumber("+8490" + String.format("%07d", i)), Optional.empty(),
        new Address("Thôn " + i % 7, commune, Optional.empty()));
    return new IsolationCase(new CaseId(new UUID(i * 0x9E3779B97F4A7C15L, i)), person, CaseCategory.F2,
        new QuarantineDecision("QĐ " + i, "UBND", START), CasePeriod.planned(START, START.plusDays(27)),
        CaseStatus.ACTIVE, commune, Set.of(), ZONE, Optional.empty(), Optional.empty(), Optional.empty(),
        MonitoringSummary.NONE, List.of(new CaseChange(registered, AccountId.SYSTEM, CaseChange.Kind.REGISTERED, "benchmark")),
        registered, 0);
  }

  /**
   * The next day: everybody declared at 19:00 on it except 1 % of the cases, who were last heard from at 19:00
   * the day before; the clock stands at midnight after it, when every slot of the day (and its grace) is over.
   */
  @Setup(Level.Iteration)
  public void nextDay() {
    day++;
    LocalDate today = START.plusDays(day);
    Instant evening = today.atTime(19, 0).atZone(ZONE).toInstant();
    Instant eveningBefore = today.minusDays(1).atTime(19, 0).atZone(ZONE).toInstant();
    int silent = day % 100;
    expectedMissedSlots = 0;
    storage.useTransaction(tx -> {
      for (int i = 0; i < cases; i++) {
        IsolationCase c = tx.cases().find(new CaseId(new UUID(i * 0x9E3779B97F4A7C15L, i))).orElseThrow();
        boolean missing = i % 100 == silent;
        MonitoringSummary m = c.monitoring().with(missing ? eveningBefore : evening, Severity.NORMAL);
        tx.cases().update(c.withMonitoring(m));
        if (missing) {
          expectedMissedSlots += 3;
        }
      }
    });
    clock.set(today.plusDays(1).atStartOfDay(ZONE).toInstant());
    System.gc();
    baselineHeap = heapUsed();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  @Benchmark
  public SweepReport sweepOneDay() {
    last = homewatch.schedule().sweepAllMissedDeclarations(system, batchSize);
    return last;
  }

  @TearDown(Level.Iteration)
  public void check() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%n  day %d: %d cases, %d missed slots found (expected %d), %d opened, %d raised; "
            + "heap after GC before the sweep %d MB, peak during it %d MB (+%d MB)%n", day, last.casesChecked(),
        last.missedSlots(), expectedMissedSlots, last.opened(), last.raised(), baselineHeap >> 20, peak >> 20,
        (peak - baselineHeap) >> 20);
    if (last.missedSlots() != expectedMissedSlots || last.casesChecked() != cases) {
      throw new IllegalStateException("the sweep missed slots: " + last + ", expected " + expectedMissedSlots);
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    homewatch.close();
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The benchmark's only clock, moved by the setup between iterations. */
  static final class SettableClock extends Clock {
    private volatile Instant now = Instant.EPOCH;

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Accepts everything; nothing is dispatched during the benchmark anyway (the outbox only fills). */
  static final class AcceptingChannel implements AlertChannel {
    @Override
    public String name() {
      return "sms";
    }

    @Override
    public DeliveryResult send(org.homewatch.spi.notification.Notification notification) {
      return DeliveryResult.delivered("ok");
    }
  }
}
