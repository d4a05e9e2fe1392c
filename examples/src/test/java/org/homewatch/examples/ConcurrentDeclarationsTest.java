package org.homewatch.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homewatch.core.Homewatch;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.model.Sex;
import org.homewatch.model.Vitals;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Core on a storage with real concurrency (H2 with row locks; the in-memory storage serialises transactions and
 * so cannot show this): declarations of one case from many threads race for the case's summary, and every one of
 * them must still be stored.
 */
class ConcurrentDeclarationsTest {
  private static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  private static final JurisdictionPath COMMUNE = PROVINCE.child("633").child("23941");

  @Test
  @DisplayName("declarations of one case submitted at the same moment from many threads are all stored")
  void concurrentDeclarationsOfOneCase() throws Exception {
    try (Homewatch homewatch = Homewatch.builder()
        .storage(JdbcStorage.builder().url("jdbc:h2:mem:race-" + UUID.randomUUID()).migrate(true).build())
        .channel(AlertChannel.noop("sms"))
        .clock(Clock.systemUTC())
        .build()) {
      Principal admin = Principal.staff(new AccountId("admin"), PROVINCE, Role.ADMINISTRATOR, Role.ENROLLER);
      Principal nurse = Principal.staff(new AccountId("nurse"), COMMUNE, Role.MONITOR);
      homewatch.jurisdictions().importUnits(admin, List.of(new Jurisdiction(PROVINCE, "Gia Lai"),
          new Jurisdiction(COMMUNE.parent(), "Chư Sê"), new Jurisdiction(COMMUNE, "Thị trấn Chư Sê")));
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      IsolationCase c = homewatch.cases().register(admin, NewCase.of(new Person(PersonId.random(), "Y Blông",
              BirthDate.ofYear(1980), Sex.MALE, PhoneNumber.parse("0905123456"), Optional.empty(),
              new Address("Thôn 2", COMMUNE, Optional.empty())), CaseCategory.F2,
          new QuarantineDecision("9/QĐ", "UBND", today), today.minusDays(1)));

      int threads = 8;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        NewDeclaration d = NewDeclaration.of(DeclarationId.random(), c.id(), Instant.now().minusSeconds(i),
            Vitals.builder().spo2Percent(98).build(), Set.of());
        results.add(pool.submit(() -> {
          go.await();
          return homewatch.declarations().submit(nurse, d);
        }));
      }
      go.countDown();
      for (Future<?> f : results) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();

      assertEquals(threads, homewatch.declarations().history(nurse, c.id(), PageRequest.first(100)).items().size());
      assertEquals(threads, homewatch.cases().get(nurse, c.id()).monitoring().declarationCount());
    }
  }
}
