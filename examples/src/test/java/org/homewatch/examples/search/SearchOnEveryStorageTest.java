package org.homewatch.examples.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homewatch.examples.EveryStorage;
import org.homewatch.ValidationException;
import org.homewatch.core.cases.CaseSummary;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NationalId;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.Sex;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 13.3 through the public API: the nurse finds people alike on memory, H2 and PostgreSQL. */
class SearchOnEveryStorageTest {
  static Stream<Arguments> storages() {
    return EveryStorage.storages("search");
  }

  private static Set<String> names(GiaLaiWorld world, Principal who, CaseQuery query) {
    return world.homewatch().cases().lineList(who, query, PageRequest.first(50)).items().stream()
        .map(CaseSummary::name).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("by name without marks, by phone, by national id, by declared today and missed slots, on every storage")
  void findPeople(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      IsolationCase hoa = world.homewatch().cases().register(GiaLai.ENROLLER, NewCase.of(new Person(PersonId.random(),
          "Nguyễn Thị Hoà", BirthDate.ofYear(1990), Sex.FEMALE, PhoneNumber.parse("0905 111 222"),
          Optional.of(new NationalId("064190001234")), new Address("Thôn 2", GiaLai.THI_TRAN_CHU_SE,
              Optional.empty())), CaseCategory.F2, GiaLai.DECISION, GiaLai.TODAY));
      IsolationCase duc = world.registerF2("Đặng Văn Đức", GiaLai.THI_TRAN_CHU_SE);
      world.registerF2("Nguyễn Thị Hoa", GiaLai.IA_TIEM);
      world.clock().advance(Duration.ofDays(2));
      world.homewatch().declarations().submit(world.citizen(hoa), world.declaration(hoa, GiaLai.normalVitals()));
      CaseQuery town = CaseQuery.in(GiaLai.THI_TRAN_CHU_SE);
      Principal nurse = GiaLai.NURSE_THI_TRAN;

      assertEquals(Set.of("Nguyễn Thị Hoà"), names(world, nurse, town.searching("nguyen thi hoa")), storageName);
      assertEquals(Set.of("Đặng Văn Đức"), names(world, nurse, town.searching("DANG VAN DUC")), storageName);
      assertEquals(Set.of("Nguyễn Thị Hoà"), names(world, nurse, town.searching("+84905111222")), storageName);
      assertEquals(Set.of("Nguyễn Thị Hoà"), names(world, nurse, town.searching("064190001234")), storageName);
      assertEquals(Set.of("Nguyễn Thị Hoà"), names(world, nurse, town.declaredToday(true)), storageName);
      assertEquals(Set.of("Đặng Văn Đức"), names(world, nurse, town.declaredToday(false)), storageName);
      int missed = world.homewatch().schedule().compliance(nurse, duc.id()).consecutiveMissed();
      assertEquals(Set.of("Đặng Văn Đức"), names(world, nurse, town.missedInARowAtLeast(missed)), storageName);
      assertEquals(Set.of(), names(world, nurse, town.missedInARowAtLeast(missed + 1)), storageName);
      assertEquals(Set.of("N. T. Hoà", "N. T. Hoa"), names(world, GiaLai.DISTRICT_SUPERVISOR,
          CaseQuery.in(GiaLai.CHU_SE).searching("Nguyễn Thị Hòa")), storageName);
      assertThrows(ValidationException.class, () -> town.searching("x".repeat(101)));
    }
  }
}
