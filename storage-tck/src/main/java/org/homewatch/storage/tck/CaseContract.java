package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NationalId;
import org.homewatch.model.Person;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Severity;
import org.homewatch.model.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading cases back, and the duplicate checks at registration. */
abstract class CaseContract extends StoreContract {
  private static final NationalId NATIONAL_ID = new NationalId("064080001234");
  private static final PhoneNumber PHONE = new PhoneNumber("+84905111222");

  CaseContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("A stored case reads back equal to what was inserted, whatever its content (property)")
  void roundTrip() {
    qt().withExamples(100)
        .forAll(ModelGenerators.areas().flatMap(area -> ModelGenerators.cases(ModelGenerators.communesOf(area))))
        .checkAssert(isolationCase -> {
          write(tx -> tx.cases().insert(isolationCase));
          assertEquals(Optional.of(isolationCase), read(tx -> tx.cases().find(isolationCase.id())));
        });
  }

  @Test
  @DisplayName("A case with every optional field set reads back equal, also through findByNationalId and findByPhone")
  void fullCaseRoundTrip() {
    IsolationCase full = Samples.fullCase(Samples.CHU_SE_TOWN);
    write(tx -> tx.cases().insert(full));
    assertEquals(Optional.of(full), read(tx -> tx.cases().find(full.id())));
    assertEquals(List.of(full), read(tx -> tx.cases().findByNationalId(full.person().nationalId().orElseThrow())));
    assertEquals(List.of(full), read(tx -> tx.cases().findByPhone(full.person().phone())));
  }

  @Test
  @DisplayName("each history entry's wording (text keys nested with literals, a typed reason over several lines) "
      + "reads back equal, an entry written without one reads back without one, and an update keeps both")
  void historyWordingRoundTrips() {
    IsolationCase full = Samples.fullCase(Samples.CHU_SE_TOWN);
    List<CaseChange> history = new ArrayList<>(full.history());
    Wording corrected = Wording.text("history.corrected", Map.of(
        "what", Wording.text("history.corrected.riskFactors", Map.of(
            "from", Wording.text("history.list2", Map.of("first", Wording.text("riskFactor.PREGNANT"),
                "second", Wording.text("riskFactor.OVER_65"))),
            "to", Wording.literal(""))),
        "reason", Wording.literal("Quyết định ghi \"F1\" {sai}\\nđúng\nlà F2 — dòng hai\tTab")));
    history.add(new CaseChange(Samples.T0.plusSeconds(60), new AccountId("nurse-1"), CaseChange.Kind.CORRECTED,
        "Đã sửa yếu tố nguy cơ [mang thai, trên 65 tuổi] → []: …", Optional.of(corrected)));
    IsolationCase withWording = full.toBuilder().history(history).build();
    write(tx -> tx.cases().insert(withWording));
    assertEquals(Optional.of(withWording), read(tx -> tx.cases().find(full.id())));

    List<CaseChange> longer = new ArrayList<>(history);
    longer.add(new CaseChange(Samples.T0.plusSeconds(120), AccountId.SYSTEM, CaseChange.Kind.ACTIVATED,
        "Bắt đầu theo dõi từ 16/08/2021", Optional.of(Wording.text("history.activated",
            Map.of("start", Wording.literal("16/08/2021"))))));
    IsolationCase updated = withWording.toBuilder().history(longer).version(withWording.version() + 1).build();
    write(tx -> tx.cases().update(updated));
    IsolationCase back = read(tx -> tx.cases().find(full.id())).orElseThrow();
    assertEquals(updated, back);
    assertEquals(Optional.empty(), back.history().get(0).wording());
  }

  @Test
  @DisplayName("find of an unknown case id is empty")
  void findUnknown() {
    assertEquals(Optional.empty(), read(tx -> tx.cases().find(CaseId.random())));
  }

  @Test
  @DisplayName("findByNationalId returns every case, of any status, of people with that national id, and no other")
  void findByNationalId() {
    IsolationCase earlier = caseOf(Samples.person(Samples.CHU_SE_TOWN, PHONE, Optional.of(NATIONAL_ID)),
        CaseStatus.COMPLETED);
    IsolationCase current = caseOf(Samples.person(Samples.IA_BLANG, new PhoneNumber("+84905999888"),
        Optional.of(NATIONAL_ID)), CaseStatus.ACTIVE);
    IsolationCase someoneElse = caseOf(Samples.person(Samples.CHU_SE_TOWN, PHONE,
        Optional.of(new NationalId("064080001235"))), CaseStatus.ACTIVE);
    IsolationCase withoutId = caseOf(Samples.person(Samples.CHU_SE_TOWN, PHONE, Optional.empty()), CaseStatus.ACTIVE);
    write(tx -> List.of(earlier, current, someoneElse, withoutId).forEach(tx.cases()::insert));

    List<IsolationCase> found = read(tx -> tx.cases().findByNationalId(NATIONAL_ID));

    assertEquals(2, found.size(), () -> "found " + found);
    assertEquals(java.util.Set.of(earlier, current), java.util.Set.copyOf(found));
    assertEquals(List.of(), read(tx -> tx.cases().findByNationalId(new NationalId("079999999999"))));
  }

  @Test
  @DisplayName("findByPhone returns every case, of any status, of people with that phone number, and no other")
  void findByPhone() {
    IsolationCase first = caseOf(Samples.person(Samples.CHU_SE_TOWN, PHONE, Optional.empty()), CaseStatus.CANCELLED);
    IsolationCase second = caseOf(Samples.person(Samples.IA_BLANG, PHONE, Optional.of(NATIONAL_ID)),
        CaseStatus.PENDING);
    IsolationCase other = caseOf(Samples.person(Samples.CHU_SE_TOWN, new PhoneNumber("+84905111223"),
        Optional.empty()), CaseStatus.ACTIVE);
    write(tx -> List.of(first, second, other).forEach(tx.cases()::insert));

    List<IsolationCase> found = read(tx -> tx.cases().findByPhone(PHONE));

    assertEquals(2, found.size(), () -> "found " + found);
    assertEquals(java.util.Set.of(first, second), java.util.Set.copyOf(found));
    assertEquals(List.of(), read(tx -> tx.cases().findByPhone(new PhoneNumber("+84905000000"))));
  }

  @Test
  @DisplayName("findByPerson returns every case, of any status, of that person id, in case-id order, and no other")
  void findByPerson() {
    Person person = Samples.person(Samples.CHU_SE_TOWN, PHONE, Optional.empty());
    IsolationCase first = caseOf(person, CaseStatus.COMPLETED);
    IsolationCase second = caseOf(person, CaseStatus.ACTIVE);
    IsolationCase other = caseOf(Samples.person(Samples.CHU_SE_TOWN, PHONE, Optional.empty()), CaseStatus.ACTIVE);
    write(tx -> List.of(first, second, other).forEach(tx.cases()::insert));

    List<IsolationCase> found = read(tx -> tx.cases().findByPerson(person.id()));

    List<IsolationCase> expected = new java.util.ArrayList<>(List.of(first, second));
    expected.sort(java.util.Comparator.comparing(IsolationCase::id));
    assertEquals(expected, found);
    assertEquals(List.of(), read(tx -> tx.cases().findByPerson(org.homewatch.model.PersonId.random())));
  }

  @Test
  @DisplayName("The duplicate checks follow an update that changes the person's phone number")
  void findByPhoneFollowsUpdates() {
    IsolationCase stored = caseOf(Samples.person(Samples.CHU_SE_TOWN, PHONE, Optional.empty()), CaseStatus.ACTIVE);
    write(tx -> tx.cases().insert(stored));
    PhoneNumber newPhone = new PhoneNumber("+84905333444");
    Person moved = new Person(stored.person().id(), stored.person().fullName(), stored.person().birthDate(),
        stored.person().sex(), newPhone, stored.person().nationalId(), stored.person().home());
    IsolationCase updated = new IsolationCase(stored.id(), moved, stored.category(), stored.decision(),
        stored.period(), stored.status(), stored.responsibleUnit(), stored.riskFactors(), stored.zone(),
        stored.scheduleId(), stored.householdHead(), stored.previousCase(), stored.monitoring(), stored.history(),
        stored.createdAt(), 1);

    write(tx -> tx.cases().update(updated));

    assertEquals(List.of(), read(tx -> tx.cases().findByPhone(PHONE)));
    assertEquals(List.of(updated), read(tx -> tx.cases().findByPhone(newPhone)));
  }

  @Test
  @DisplayName("A person's language is kept with the case, through an update that changes it")
  void personLocale() {
    IsolationCase stored = caseOf(Samples.person(Samples.CHU_SE_TOWN).withLocale(java.util.Locale.ENGLISH),
        CaseStatus.ACTIVE);
    write(tx -> tx.cases().insert(stored));
    assertEquals(java.util.Locale.ENGLISH, read(tx -> tx.cases().find(stored.id())).orElseThrow().person().locale());

    IsolationCase updated = stored.toBuilder().person(stored.person().withLocale(Person.VIETNAMESE)).version(1)
        .build();
    write(tx -> tx.cases().update(updated));
    assertEquals(Optional.of(updated), read(tx -> tx.cases().find(stored.id())));
  }

  private static IsolationCase caseOf(Person person, CaseStatus status) {
    return Samples.isolationCase(CaseId.random(), person, person.home().commune(), status, CaseCategory.F2,
        Severity.NORMAL);
  }
}
