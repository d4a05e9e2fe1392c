package org.homewatch.benchmarks.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.MonitoringSummary;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.model.Sex;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.homewatch.spi.storage.Storage;

/**
 * The ingestion benchmarks' world, in one place: {@link #CASES} active F2 cases in 15 communes of one district
 * (Chư Sê, 64/633), inserted straight into the storage, and declarations for random ones of them, about 1 % of
 * them abnormal (SpO2 93 and short of breath, which opens an alert).
 */
public final class SeededCases {
  /** How many cases are seeded. */
  public static final int CASES = 100_000;
  /** The district the cases live in. */
  public static final JurisdictionPath DISTRICT = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633");
  /** The station that submits: a monitor scoped to the province. */
  public static final Principal STATION =
      Principal.staff(new AccountId("bench-station"), DISTRICT.parent(), Role.MONITOR);
  private static final int SEED_BATCH = 1_000;

  private final CaseId[] cases;

  private SeededCases(CaseId[] cases) {
    this.cases = cases;
  }

  /**
   * Inserts the cases, in transactions of 1,000.
   *
   * @param storage the storage to insert into (not watched by the report counters: these cases are the state before
   *     the run)
   * @return the seeded cases
   */
  public static SeededCases seed(Storage storage) {
    CaseId[] ids = new CaseId[CASES];
    LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    for (int from = 0; from < CASES; from += SEED_BATCH) {
      int first = from;
      storage.useTransaction(tx -> {
        for (int i = first; i < first + SEED_BATCH; i++) {
          JurisdictionPath commune = DISTRICT.child(Integer.toString(23941 + i % 15));
          Person person = new Person(PersonId.random(), "Người thứ " + i, BirthDate.ofYear(1940 + i % 80),
              i % 2 == 0 ? Sex.FEMALE : Sex.MALE, PhoneNumber.parse(String.format("09%08d", i)), Optional.empty(),
              new Address("Thôn " + i % 20, commune, Optional.empty()));
          IsolationCase c = new IsolationCase(CaseId.random(), person, CaseCategory.F2,
              new QuarantineDecision("1/QĐ", "UBND", start), CasePeriod.planned(start, start.plusDays(13)),
              CaseStatus.ACTIVE, commune, Set.of(), IsolationCase.DEFAULT_ZONE, Optional.empty(), Optional.empty(),
              Optional.empty(), MonitoringSummary.NONE, List.of(), Instant.now(), 0);
          tx.cases().insert(c);
          ids[i] = c.id();
        }
      });
    }
    return new SeededCases(ids);
  }

  /**
   * A declaration of a random seeded case, observed in the last hour.
   *
   * @param random the caller's random source
   * @return a new declaration with a fresh id
   */
  public NewDeclaration declaration(ThreadLocalRandom random) {
    CaseId caseId = cases[random.nextInt(CASES)];
    boolean abnormal = random.nextInt(100) == 0;
    Vitals vitals = Vitals.builder()
        .temperatureCelsius(36.3 + random.nextInt(10) / 10.0)
        .spo2Percent(abnormal ? 93 : 97 + random.nextInt(3))
        .respiratoryRatePerMinute(14 + random.nextInt(5))
        .pulsePerMinute(60 + random.nextInt(30))
        .build();
    Instant observed = Instant.now().minusSeconds(random.nextInt(3_600));
    return NewDeclaration.of(DeclarationId.random(), caseId, observed, vitals,
        abnormal ? Set.of(Symptom.SHORTNESS_OF_BREATH) : Set.of());
  }

  /**
   * The id of seeded case number {@code i}.
   *
   * @param i from 0 to {@link #CASES} - 1
   * @return its id
   */
  public CaseId caseId(int i) {
    return cases[i];
  }
}
