package org.homewatch.examples.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.ValidationException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.cases.CaseCorrection;
import org.homewatch.core.cases.CaseSummary;
import org.homewatch.core.reports.CounterCheck;
import org.homewatch.core.schedule.CategoryPolicy;
import org.homewatch.core.schedule.MonitoringPolicy;
import org.homewatch.core.schedule.PolicyRules;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NationalId;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Sex;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13.4 through the public API on memory, H2 and PostgreSQL: a nurse corrects a case registered wrong, the line
 * list finds it by what it says now, the next reminder goes to the corrected phone, a category correction moves the
 * period and the schedule, and the report counters still agree with a recount.
 */
class CorrectionsOnEveryStorageTest {
  /** Gia Lai with F2 monitored 7 days on two windows a day, F1 14 days on three (the shipped policy has 14 and 14). */
  private static final MonitoringPolicy POLICY;

  static {
    MonitoringPolicy shipped = MonitoringPolicy.shipped();
    PolicyRules gialai = new PolicyRules(Map.of(), Map.of(
        CaseCategory.F2, new CategoryPolicy(7, "moh-morning-afternoon", Optional.of("test")),
        CaseCategory.F1, new CategoryPolicy(14, "vhd-three-windows", Optional.of("test"))), List.of(),
        Optional.empty());
    POLICY = new MonitoringPolicy("gia-lai-test", 1, shipped.defaults(), Map.of(GiaLai.PROVINCE, gialai));
  }

  static Stream<Arguments> storages() {
    return EveryStorage.storages("corrections");
  }

  private static Set<String> names(Homewatch homewatch, String search) {
    return homewatch.cases().lineList(GiaLai.NURSE_THI_TRAN, CaseQuery.in(GiaLai.THI_TRAN_CHU_SE).searching(search),
        PageRequest.first(10)).items().stream().map(CaseSummary::name).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("a nurse corrects phone, name, national id, home, risk factors and category alike on every storage")
  void correctWhatWasRegisteredWrong(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get())
        .homewatch(b -> b.monitoringPolicy(POLICY)).build()) {
      Homewatch homewatch = world.homewatch();
      Principal nurse = GiaLai.NURSE_THI_TRAN;
      IsolationCase c = homewatch.cases().register(GiaLai.ENROLLER, NewCase.of(new Person(PersonId.random(),
          "Vũ Thị Hoà", BirthDate.ofYear(1990), Sex.FEMALE, PhoneNumber.parse("0905 111 222"),
          Optional.of(new NationalId("064190001234")), new Address("Thôn 2", GiaLai.THI_TRAN_CHU_SE,
              Optional.empty())), CaseCategory.F2, GiaLai.DECISION, GiaLai.TODAY));
      assertEquals(LocalDate.of(2021, 8, 22), c.period().plannedEnd(), storageName);

      IsolationCase v1 = homewatch.corrections().correct(nurse, c.id(), c.version(),
          new CaseCorrection.Phone(PhoneNumber.parse("0912 345 678")), "một số gõ nhầm");
      IsolationCase v2 = homewatch.corrections().correct(nurse, c.id(), v1.version(),
          new CaseCorrection.FullName("Võ Thị Hoà"), "họ Võ theo CCCD");
      IsolationCase v3 = homewatch.corrections().correct(nurse, c.id(), v2.version(),
          new CaseCorrection.NationalIdNumber(Optional.of(new NationalId("064190009999"))), "theo CCCD");
      IsolationCase v4 = homewatch.corrections().correct(nurse, c.id(), v3.version(),
          new CaseCorrection.HomeLocation(Optional.of(GeoPoint.of(13.658, 108.083))), "vị trí lúc đến nhà");
      IsolationCase v5 = homewatch.corrections().correct(nurse, c.id(), v4.version(),
          new CaseCorrection.RiskFactors(Set.of(RiskFactor.PREGNANT)), "có thai, phiếu bỏ sót");
      world.clock().advance(Duration.ofDays(2));
      IsolationCase v6 = homewatch.corrections().correct(nurse, c.id(), v5.version(),
          new CaseCorrection.Category(CaseCategory.F1), "quyết định ghi F1");

      IsolationCase stored = homewatch.cases().get(nurse, c.id());
      assertEquals(v6, stored, storageName);
      assertEquals("+84912345678", stored.person().phone().e164(), storageName);
      assertEquals(LocalDate.of(2021, 8, 29), stored.period().plannedEnd(), storageName);
      assertEquals("vhd-three-windows", homewatch.schedule().scheduleOf(stored).id(), storageName);
      assertEquals(6, stored.history().stream().filter(h -> h.kind() == CaseChange.Kind.CORRECTED).count(),
          storageName);
      assertEquals(Set.of("Võ Thị Hoà"), names(homewatch, "vo thi hoa"), storageName);
      assertEquals(Set.of(), names(homewatch, "vu thi hoa"), storageName);
      assertEquals(Set.of("Võ Thị Hoà"), names(homewatch, "+84912345678"), storageName);
      assertEquals(Set.of(), names(homewatch, "+84905111222"), storageName);
      assertEquals(Set.of("Võ Thị Hoà"), names(homewatch, "064190009999"), storageName);
      assertEquals(Set.of(), names(homewatch, "064190001234"), storageName);

      assertThrows(ConflictException.class, () -> homewatch.corrections().correct(nurse, c.id(), v5.version(),
          new CaseCorrection.Phone(PhoneNumber.parse("0912 000 000")), "stale"), storageName);
      assertThrows(ValidationException.class, () -> homewatch.corrections().correct(nurse, c.id(), v6.version(),
          new CaseCorrection.Phone(PhoneNumber.parse("0912 000 000")), " "), storageName);
      assertThrows(AccessDeniedException.class, () -> homewatch.corrections().correct(GiaLai.NURSE_IA_TIEM, c.id(),
          v6.version(), new CaseCorrection.Phone(PhoneNumber.parse("0912 000 000")), "not mine"), storageName);
      assertEquals(v6, homewatch.cases().get(nurse, c.id()), storageName);

      // 11:05 on day 3: the reminder an hour before the morning window of the F1 schedule closes (12:00) is due
      world.clock().advance(Duration.ofHours(3).plusMinutes(5));
      assertEquals(1, homewatch.schedule().sendReminders(GiaLai.SYSTEM, PageRequest.first(10),
          Duration.ofHours(2)).written(), storageName);
      homewatch.notifications().dispatch(GiaLai.SYSTEM, 10);
      assertEquals(List.of("+84912345678"), world.sms().sent().stream()
          .filter(n -> n.templateKey().equals("reminder.declare")).map(n -> n.recipient().address()).toList(),
          storageName);

      CounterCheck check = homewatch.reports().checkCounters(GiaLai.SYSTEM, GiaLai.THI_TRAN_CHU_SE, GiaLai.TODAY,
          GiaLai.TODAY.plusDays(2));
      assertTrue(check.consistent(), storageName + ": " + check.differences());
    }
  }
}
