package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NationalId;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Severity;
import org.homewatch.model.Sex;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A corrected case (issue 13.4): core writes a correction with {@code CaseStore.update}, like any change, so every
 * column a store derives from the person or the case (the name's search key, the phone and national id it finds
 * duplicates by, the category it filters by) must follow the update, and the old values must find nothing.
 */
abstract class CaseCorrectionContract extends StoreContract {
  private static final PhoneNumber WRONG_PHONE = new PhoneNumber("+84905111222");
  private static final PhoneNumber RIGHT_PHONE = new PhoneNumber("+84912345678");
  private static final NationalId WRONG_ID = new NationalId("064190001234");
  private static final NationalId RIGHT_ID = new NationalId("064190009999");

  CaseCorrectionContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  private static IsolationCase registered() {
    Person wrong = new Person(PersonId.random(), "Vũ Minh Tâm", BirthDate.ofYear(1985), Sex.MALE, WRONG_PHONE,
        Optional.of(WRONG_ID), new Address("Thôn 1", Samples.CHU_SE_TOWN, Optional.empty()));
    return Samples.isolationCase(CaseId.random(), wrong, Samples.CHU_SE_TOWN, CaseStatus.ACTIVE, CaseCategory.F2,
        Severity.NORMAL);
  }

  /** Every correctable field changed at once, one version up, with a history entry. */
  private static IsolationCase corrected(IsolationCase c) {
    Person p = c.person();
    Person right = new Person(p.id(), "Võ Minh Tâm", p.birthDate(), p.sex(), RIGHT_PHONE, Optional.of(RIGHT_ID),
        new Address("Tổ 4, đường Hùng Vương", Samples.IA_BLANG, Optional.of(GeoPoint.of(13.658, 108.083))));
    List<CaseChange> history = new ArrayList<>(c.history());
    history.add(new CaseChange(Samples.T0.plusSeconds(60), new AccountId("nurse-1"), CaseChange.Kind.CORRECTED,
        "category F2 → F1; planned end … : the decision says F1"));
    LocalDate start = c.period().start();
    return c.toBuilder().person(right).category(CaseCategory.F1)
        .period(CasePeriod.planned(start, start.plusDays(20)))
        .riskFactors(Set.of(RiskFactor.PREGNANT)).scheduleId(Optional.of("moh-morning-afternoon"))
        .householdHead(Optional.of(PersonId.random())).history(history).version(c.version() + 1).build();
  }

  private Set<CaseId> found(CaseQuery query) {
    return read(tx -> tx.cases().list(query, PageRequest.first(100))).items().stream().map(IsolationCase::id)
        .collect(Collectors.toSet());
  }

  @Test
  @DisplayName("A corrected case reads back exactly as written, with the correction in its history")
  void roundTrip() {
    IsolationCase c = registered();
    write(tx -> tx.cases().insert(c));
    IsolationCase right = corrected(c);
    write(tx -> tx.cases().update(right));

    assertEquals(Optional.of(right), read(tx -> tx.cases().find(c.id())));
    assertEquals(CaseChange.Kind.CORRECTED, read(tx -> tx.cases().find(c.id())).orElseThrow().history().get(1).kind());
  }

  @Test
  @DisplayName("A corrected name, phone and national id are found, and what they replaced finds nothing")
  void searchFollows() {
    IsolationCase c = registered();
    write(tx -> tx.cases().insert(c));
    write(tx -> tx.cases().update(corrected(c)));
    CaseQuery town = CaseQuery.in(Samples.CHU_SE_TOWN);

    assertEquals(Set.of(c.id()), found(town.searching("vo minh tam")));
    assertEquals(Set.of(), found(town.searching("vu minh tam")));
    assertEquals(Set.of(c.id()), found(town.searching(RIGHT_PHONE.e164())));
    assertEquals(Set.of(), found(town.searching(WRONG_PHONE.e164())));
    assertEquals(Set.of(c.id()), found(town.searching(RIGHT_ID.value())));
    assertEquals(Set.of(), found(town.searching(WRONG_ID.value())));
    assertEquals(List.of(c.id()), read(tx -> tx.cases().findByPhone(RIGHT_PHONE)).stream().map(IsolationCase::id)
        .toList());
    assertEquals(List.of(), read(tx -> tx.cases().findByPhone(WRONG_PHONE)));
    assertEquals(List.of(c.id()), read(tx -> tx.cases().findByNationalId(RIGHT_ID)).stream()
        .map(IsolationCase::id).toList());
    assertEquals(List.of(), read(tx -> tx.cases().findByNationalId(WRONG_ID)));
  }

  @Test
  @DisplayName("A corrected category is what the line list filters by")
  void categoryFollows() {
    IsolationCase c = registered();
    write(tx -> tx.cases().insert(c));
    write(tx -> tx.cases().update(corrected(c)));
    CaseQuery town = CaseQuery.in(Samples.CHU_SE_TOWN);

    assertEquals(Set.of(c.id()), found(town.withCategories(CaseCategory.F1)));
    assertEquals(Set.of(), found(town.withCategories(CaseCategory.F2)));
  }
}
