package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Registering a case and creating an account each read as one statement, and say every bad field at once. */
class ConvenienceBuildersTest {
  private static final JurisdictionPath COMMUNE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633", "23941");

  private static NewCaseBuilder hoa() {
    return NewCase.builder()
        .fullName("Nguyễn Thị Hoa").bornIn(1990).sex(Sex.FEMALE).phone("0905 111 222")
        .address("Thôn 3", COMMUNE)
        .category(CaseCategory.F2)
        .decision("123/QĐ-UBND", "UBND huyện Chư Sê", LocalDate.of(2021, 8, 15))
        .start(LocalDate.of(2021, 8, 16));
  }

  @Test
  @DisplayName("a case built field by field equals the one built from its records, with a new person id")
  void caseFromTheBuilder() {
    NewCase built = hoa().nationalId("064190001234").riskFactors(RiskFactor.CHRONIC_DISEASE)
        .plannedEnd(LocalDate.of(2021, 8, 30)).build();
    Person p = built.person();
    assertEquals("Nguyễn Thị Hoa", p.fullName());
    assertEquals(new PhoneNumber("+84905111222"), p.phone());
    assertEquals(Optional.of(new NationalId("064190001234")), p.nationalId());
    assertEquals(COMMUNE, built.responsibleUnit());
    assertEquals(Set.of(RiskFactor.CHRONIC_DISEASE), built.riskFactors());
    assertEquals(Optional.of(LocalDate.of(2021, 8, 30)), built.plannedEnd());
    assertEquals(new QuarantineDecision("123/QĐ-UBND", "UBND huyện Chư Sê", LocalDate.of(2021, 8, 15)),
        built.decision());
    assertFalse(built.newQuarantineOfKnownPerson());
    assertNotEquals(hoa().build().person().id(), hoa().build().person().id());
    PersonId known = PersonId.random();
    assertEquals(known, hoa().personId(known).newQuarantineOfKnownPerson().build().person().id());
  }

  @Test
  @DisplayName("an empty builder lists every required field at once, by its path")
  void everyMissingField() {
    ValidationException e = assertThrows(ValidationException.class, () -> NewCase.builder().build());
    for (String path : List.of("person.fullName", "person.birthDate", "person.sex", "person.phone",
        "person.address.line", "person.address.commune", "category", "decision.number", "decision.issuer",
        "decision.issuedOn", "start")) {
      assertTrue(e.concerns(path), path + " missing from " + e.violations());
    }
  }

  @Test
  @DisplayName("bad values in separate parts of the person are reported together, under the person")
  void badPartsTogether() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> hoa().phone("12").nationalId("abc").build());
    assertTrue(e.concerns("person.phone") && e.concerns("person.nationalId"), e.violations().toString());
    ValidationException blank = assertThrows(ValidationException.class, () -> hoa().fullName(" ").build());
    assertTrue(blank.concerns("person.fullName"), blank.violations().toString());
  }

  @Test
  @DisplayName("Account.staff makes an active, off-duty account of version 0; reachableAt and withOnDuty add to it")
  void staffAccount() {
    Account nurse = Account.staff("tyt-1", "Y tá Hoa", COMMUNE, Role.MONITOR, Role.ENROLLER)
        .reachableAt("sms", "+84905111222").reachableAt("email", "tyt@example.vn").withOnDuty(true);
    assertEquals(new AccountId("tyt-1"), nurse.id());
    assertEquals(Set.of(Role.MONITOR, Role.ENROLLER), nurse.roles());
    assertEquals(List.of(new ContactPoint("sms", "+84905111222"), new ContactPoint("email", "tyt@example.vn")),
        nurse.contactPoints());
    assertTrue(nurse.onDuty());
    assertTrue(nurse.active());
    assertEquals(0, nurse.version());
    assertFalse(Account.staff("tyt-2", "Y tá Lan", COMMUNE, Role.MONITOR).onDuty());
  }
}
