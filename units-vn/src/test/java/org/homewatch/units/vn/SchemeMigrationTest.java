package org.homewatch.units.vn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.homewatch.AccessDeniedException;
import org.homewatch.ValidationException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.directory.SchemeMapping;
import org.homewatch.core.directory.SchemeMigrationService.RehomeBatch;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.IsolationCase;
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

/**
 * Gia Lai moves from the 2021 scheme (province 64, districts) to the 2025 one (province 52, communes only) along a
 * small hand-written mapping ({@code gia-lai-2021-to-2025.csv}: four new units; an illustration for the test, not
 * the official list).
 */
class SchemeMigrationTest {
  private static final JurisdictionPath OLD_GIA_LAI = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  private static final JurisdictionPath CHU_SE = OLD_GIA_LAI.child("633");
  private static final JurisdictionPath TT_CHU_SE = CHU_SE.child("23941");
  private static final JurisdictionPath IA_TIEM = CHU_SE.child("23944");
  private static final JurisdictionPath BAR_MAIH = CHU_SE.child("23946");
  private static final JurisdictionPath IA_BLANG = CHU_SE.child("23962");
  private static final JurisdictionPath YEN_DO = OLD_GIA_LAI.child("622").child("23557");
  private static final JurisdictionPath NEW_GIA_LAI = JurisdictionPath.of(JurisdictionScheme.GSO_2025, "52");
  private static final JurisdictionPath XA_CHU_SE = NEW_GIA_LAI.child("23941");
  private static final JurisdictionPath BO_NGOONG = NEW_GIA_LAI.child("23947");
  private static final JurisdictionPath PHUONG_PLEIKU = NEW_GIA_LAI.child("23575");
  private static final Principal ADMIN_2021 = Principal.staff(new AccountId("so-y-te-gia-lai"), OLD_GIA_LAI,
      Role.ADMINISTRATOR);

  static SchemeMapping giaLai() {
    try (Reader csv = new InputStreamReader(SchemeMigrationTest.class.getResourceAsStream(
        "gia-lai-2021-to-2025.csv"), StandardCharsets.UTF_8)) {
      return SchemeMapping.read(csv);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Homewatch homewatch(Storage storage) {
    Homewatch homewatch = Homewatch.builder().storage(storage).channel(new RecordingChannel("sms"))
        .clock(new MutableClock(GiaLai.START)).build();
    for (JurisdictionScheme scheme : JurisdictionScheme.values()) {
      JurisdictionPath province = scheme == JurisdictionScheme.GSO_2021 ? OLD_GIA_LAI : NEW_GIA_LAI;
      homewatch.jurisdictions().importUnits(Principal.staff(new AccountId("importer"), province, Role.ADMINISTRATOR),
          VietnamUnits.of(scheme).stream().filter(u -> province.contains(u.path())).toList());
    }
    return homewatch;
  }

  private static <T> List<RehomeBatch> untilDone(Function<PageRequest, RehomeBatch> batch) {
    List<RehomeBatch> batches = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      RehomeBatch done = batch.apply(page);
      batches.add(done);
      if (done.done()) {
        return batches;
      }
      page = done.next().orElseThrow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.homewatch.units.vn.TestStorages#all")
  @DisplayName("cases, their homes and account scopes move to the 2025 units in batches of two until done, audited "
      + "under the old units; a second run moves nothing; what the mapping does not name stays")
  void rehomesGiaLai(String name, Supplier<Storage> storages) {
    SchemeMapping mapping = giaLai();
    try (Storage storage = storages.get(); Homewatch homewatch = homewatch(storage)) {
      Map<String, IsolationCase> cases = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, JurisdictionPath> person : Map.of("Siu H'Mai", TT_CHU_SE, "Rơ Châm Blưk", IA_TIEM,
          "Ksor Nay", BAR_MAIH, "Nguyễn Văn Phố", YEN_DO, "Kpă Y Ngọc", IA_BLANG).entrySet()) {
        cases.put(person.getKey(), homewatch.cases().register(ADMIN_2021, NewCase.of(GiaLai.person(person.getKey(),
            person.getValue(), 1985), CaseCategory.F1, GiaLai.DECISION, GiaLai.TODAY)));
      }
      Account nurse = Account.staff("tyt-thi-tran-chu-se", "Y tá Thị trấn", TT_CHU_SE, Role.MONITOR);
      Account district = Account.staff("ttyt-chu-se", "Trung tâm y tế Chư Sê", CHU_SE, Role.SUPERVISOR);
      Account province = Account.staff("bcd-gia-lai", "Ban chỉ đạo tỉnh", OLD_GIA_LAI, Role.SUPERVISOR);
      for (Account a : List.of(nurse, district, province)) {
        homewatch.accounts().save(ADMIN_2021, a);
      }

      List<RehomeBatch> caseBatches = untilDone(page -> homewatch.schemeMigration().rehomeCases(ADMIN_2021, mapping,
          page));
      List<RehomeBatch> accountBatches = untilDone(page -> homewatch.schemeMigration().rehomeAccounts(ADMIN_2021,
          mapping, page));

      assertEquals(3, caseBatches.size());
      assertEquals(4, caseBatches.stream().mapToInt(RehomeBatch::rehomed).sum());
      assertEquals(1, caseBatches.stream().mapToInt(RehomeBatch::leftBehind).sum());
      Principal national2025 = Principal.staff(new AccountId("cuc"), JurisdictionPath.national(
          JurisdictionScheme.GSO_2025), Role.SUPERVISOR);
      IsolationCase maiNow = homewatch.cases().get(national2025, cases.get("Siu H'Mai").id());
      assertEquals(XA_CHU_SE, maiNow.responsibleUnit());
      assertEquals(XA_CHU_SE, maiNow.person().home().commune());
      CaseChange rehomed = maiNow.history().get(maiNow.history().size() - 1);
      assertEquals(CaseChange.Kind.RE_HOMED, rehomed.kind());
      // unit codes and scheme names: the same line in every language, kept as a wording too (issue 13.8)
      assertTrue(rehomed.wording().isPresent(), name);
      assertEquals(rehomed.detail(), homewatch.texts().detail(rehomed, java.util.Locale.ENGLISH), name);
      assertTrue(rehomed.detail().contains(XA_CHU_SE.toString()), rehomed.detail());
      assertEquals(XA_CHU_SE, homewatch.cases().get(national2025, cases.get("Rơ Châm Blưk").id()).responsibleUnit());
      assertEquals(BO_NGOONG, homewatch.cases().get(national2025, cases.get("Ksor Nay").id()).responsibleUnit());
      assertEquals(PHUONG_PLEIKU, homewatch.cases().get(national2025, cases.get("Nguyễn Văn Phố").id())
          .responsibleUnit());
      assertEquals(IA_BLANG, homewatch.cases().get(ADMIN_2021, cases.get("Kpă Y Ngọc").id()).responsibleUnit());

      assertEquals(2, accountBatches.stream().mapToInt(RehomeBatch::rehomed).sum());
      assertEquals(1, accountBatches.stream().mapToInt(RehomeBatch::leftBehind).sum());
      Principal national2021 = Principal.staff(new AccountId("cuc-2021"), JurisdictionPath.national(
          JurisdictionScheme.GSO_2021), Role.ADMINISTRATOR);
      Principal national2025Admin = Principal.staff(new AccountId("cuc-2025"), national2025.scope(),
          Role.ADMINISTRATOR);
      assertEquals(XA_CHU_SE, homewatch.accounts().find(national2025Admin, nurse.id()).orElseThrow().scope());
      assertEquals(NEW_GIA_LAI, homewatch.accounts().find(national2025Admin, province.id()).orElseThrow().scope());
      assertEquals(CHU_SE, homewatch.accounts().find(national2021, district.id()).orElseThrow().scope());

      List<AuditEvent> audited = storage.inTransaction(tx -> tx.audit().list(OLD_GIA_LAI, GiaLai.START.minusSeconds(1),
          PageRequest.first(100))).items();
      assertEquals(4, audited.stream().filter(e -> e.action().equals("case.rehome")).count());
      assertEquals(2, audited.stream().filter(e -> e.action().equals("account.rehome")).count());
      assertTrue(audited.stream().anyMatch(e -> e.action().equals("case.rehome") && e.unit().equals(TT_CHU_SE)
          && e.details().get("to").equals(XA_CHU_SE.toString())));

      RehomeBatch again = homewatch.schemeMigration().rehomeCases(ADMIN_2021, mapping, PageRequest.first(100));
      assertEquals(new RehomeBatch(0, 1, Optional.empty()), again);
      assertEquals(new RehomeBatch(0, 1, Optional.empty()), homewatch.schemeMigration().rehomeAccounts(ADMIN_2021,
          mapping, PageRequest.first(100)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.homewatch.units.vn.TestStorages#all")
  @DisplayName("another province's administrator is refused, and a mapping whose new units are not imported is a "
      + "ValidationException; nothing moves")
  void refusals(String name, Supplier<Storage> storages) {
    try (Storage storage = storages.get(); Homewatch homewatch = homewatch(storage)) {
      IsolationCase c = homewatch.cases().register(ADMIN_2021, NewCase.of(GiaLai.person("Siu H'Mai", TT_CHU_SE,
          1985), CaseCategory.F1, GiaLai.DECISION, GiaLai.TODAY));
      Principal haiPhong = Principal.staff(new AccountId("so-y-te-hai-phong"),
          JurisdictionPath.of(JurisdictionScheme.GSO_2021, "31"), Role.ADMINISTRATOR);
      SchemeMapping notImported = SchemeMapping.of(Map.of(TT_CHU_SE,
          JurisdictionPath.of(JurisdictionScheme.GSO_2025, "01", "00004")));

      assertThrows(AccessDeniedException.class, () -> homewatch.schemeMigration().rehomeCases(haiPhong, giaLai(),
          PageRequest.first(10)));
      ValidationException e = assertThrows(ValidationException.class, () -> homewatch.schemeMigration()
          .rehomeCases(ADMIN_2021, notImported, PageRequest.first(10)));
      assertTrue(e.concerns("mapping"), e.getMessage());

      assertEquals(TT_CHU_SE, homewatch.cases().get(ADMIN_2021, c.id()).responsibleUnit());
    }
  }
}
