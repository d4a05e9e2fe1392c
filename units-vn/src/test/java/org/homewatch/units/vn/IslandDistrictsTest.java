package org.homewatch.units.vn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.homewatch.ValidationException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.cases.CaseSummary;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.MutableClock;
import org.homewatch.test.RecordingChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The island districts governed without communes hold cases and accounts themselves (real GSO 2021 codes). */
class IslandDistrictsTest {
  private static final JurisdictionPath HAI_PHONG = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "31");
  private static final JurisdictionPath BACH_LONG_VI = HAI_PHONG.child("318");
  /** Huyện Cát Hải, an island district of Hải Phòng that has communes. */
  private static final JurisdictionPath CAT_HAI = HAI_PHONG.child("317");
  private static final JurisdictionPath QUANG_NGAI = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "51");
  private static final JurisdictionPath LY_SON = QUANG_NGAI.child("536");

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.homewatch.units.vn.TestStorages#all")
  @DisplayName("a case registered in Bạch Long Vĩ, with a home there, is seen by the district's nurse; a case moves "
      + "to Lý Sơn; Cát Hải, which has communes, is refused for a case")
  void islandDistrictsHoldCasesAndAccounts(String name, Supplier<Storage> storages) {
    try (Storage storage = storages.get(); Homewatch homewatch = Homewatch.builder().storage(storage)
        .channel(new RecordingChannel("sms")).clock(new MutableClock(GiaLai.START)).build()) {
      List<Jurisdiction> units = VietnamUnits.of(JurisdictionScheme.GSO_2021).stream()
          .filter(u -> HAI_PHONG.contains(u.path()) || QUANG_NGAI.contains(u.path())).toList();
      homewatch.jurisdictions().importUnits(NationalImportTest.NATIONAL_2021, units);
      assertEquals(List.of(), homewatch.jurisdictions().children(BACH_LONG_VI));
      Account nurse = Account.staff("ttyt-bach-long-vi.1", "Y tá Bạch Long Vĩ", BACH_LONG_VI, Role.MONITOR,
          Role.ENROLLER).reachableAt("sms", "+84912000318").withOnDuty(true);
      homewatch.accounts().save(NationalImportTest.NATIONAL_2021, nurse);
      Principal asNurse = Principal.staff(new AccountId("ttyt-bach-long-vi.1"), BACH_LONG_VI, Role.MONITOR,
          Role.ENROLLER);

      IsolationCase onTheIsland = homewatch.cases().register(asNurse, NewCase.of(GiaLai.person("Nguyễn Thị Biển",
          BACH_LONG_VI, 1980), CaseCategory.F1, GiaLai.DECISION, GiaLai.TODAY));

      assertEquals(BACH_LONG_VI, onTheIsland.responsibleUnit());
      assertEquals(List.of(onTheIsland.id()), homewatch.cases().lineList(asNurse, CaseQuery.in(BACH_LONG_VI),
          PageRequest.first(10)).items().stream().map(CaseSummary::id).toList());
      assertEquals(onTheIsland.id(), homewatch.cases().get(asNurse, onTheIsland.id()).id());

      JurisdictionPath binhSon = homewatch.jurisdictions().children(QUANG_NGAI.child("525")).get(0).path();
      IsolationCase onShore = homewatch.cases().register(NationalImportTest.NATIONAL_2021, NewCase.of(
          GiaLai.person("Trần Văn Đảo", binhSon, 1975), CaseCategory.F1, GiaLai.DECISION, GiaLai.TODAY));
      IsolationCase moved = homewatch.lifecycle().transfer(NationalImportTest.NATIONAL_2021, onShore.id(),
          onShore.version(), LY_SON, "về nhà ở đảo");
      assertEquals(LY_SON, moved.responsibleUnit());
      assertTrue(moved.status() == CaseStatus.PENDING || moved.status() == CaseStatus.ACTIVE, moved.status()
          .toString());

      JurisdictionPath catHaiCommune = homewatch.jurisdictions().children(CAT_HAI).get(0).path();
      ValidationException refused = assertThrows(ValidationException.class, () -> homewatch.cases().register(
          NationalImportTest.NATIONAL_2021, at(NewCase.of(GiaLai.person("Lê Văn Cát", catHaiCommune, 1990),
              CaseCategory.F1, GiaLai.DECISION, GiaLai.TODAY), CAT_HAI)));
      assertTrue(refused.concerns("responsibleUnit"), refused.getMessage());
      ValidationException home = assertThrows(ValidationException.class, () -> homewatch.cases().register(
          NationalImportTest.NATIONAL_2021, at(NewCase.of(GiaLai.person("Lê Văn Hải", CAT_HAI, 1990),
              CaseCategory.F1, GiaLai.DECISION, GiaLai.TODAY), catHaiCommune)));
      assertTrue(home.concerns("person.home.commune"), home.getMessage());
    }
  }

  private static NewCase at(NewCase c, JurisdictionPath unit) {
    return new NewCase(c.person(), c.category(), c.decision(), c.start(), c.plannedEnd(), unit, c.riskFactors(),
        c.zone(), c.scheduleId(), c.householdHead(), c.newQuarantineOfKnownPerson());
  }
}
