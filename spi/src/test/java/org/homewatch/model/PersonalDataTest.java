package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.homewatch.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {
  private static final JurisdictionPath COMMUNE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "622", "23539");

  @ParameterizedTest
  @ValueSource(strings = {"0912345678", "0912 345 678", "84912345678", "+84 91-234-5678", "(091) 234.5678"})
  @DisplayName("Vietnamese phone numbers as people type them become E.164 +84")
  void phoneNormalised(String typed) {
    assertEquals("+84912345678", PhoneNumber.parse(typed).e164());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "0012", "+8401234", "phone", "091234567890123"})
  @DisplayName("things that are not phone numbers are rejected")
  void phoneRejected(String typed) {
    assertThrows(ValidationException.class, () -> PhoneNumber.parse(typed));
  }

  @Test
  @DisplayName("a refused phone number is not repeated in the message, which portals log")
  void refusedPhoneNotEchoed() {
    ValidationException e = assertThrows(ValidationException.class, () -> PhoneNumber.parse("0905 111 22"));
    assertFalse(e.getMessage().contains("090511122") || e.getMessage().contains("+8490511122"), e.getMessage());
    assertTrue(e.concerns("phone"), e.violations().toString());
  }

  @Test
  @DisplayName("a national id is exactly 12 digits and prints masked")
  void nationalId() {
    assertEquals("*********789", new NationalId("064123456789").toString());
    assertThrows(ValidationException.class, () -> new NationalId("06412345678"));
    assertThrows(ValidationException.class, () -> new NationalId("06412345678a"));
  }

  @Test
  @DisplayName("a name typed in decomposed Unicode is stored in NFC and compares equal")
  void nameNfc() {
    String decomposed = Normalizer.normalize("Nguyễn Văn  An ", Normalizer.Form.NFD);
    Person p = person(decomposed);
    assertEquals("Nguyễn Văn An", p.fullName());
    assertTrue(Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFC));
    assertEquals("N. V. An", p.maskedName());
  }

  @Test
  @DisplayName("ages come from the full date, or from the year alone counted from 1 July")
  void ages() {
    assertEquals(4, BirthDate.of(LocalDate.of(2020, 3, 1)).ageOn(LocalDate.of(2024, 12, 31)));
    assertEquals(3, BirthDate.ofYear(2020).ageOn(LocalDate.of(2024, 6, 30)));
    assertEquals(4, BirthDate.ofYear(2020).ageOn(LocalDate.of(2024, 7, 1)));
  }

  @Test
  @DisplayName("a jurisdiction contains itself and its descendants only, and its key prefixes theirs")
  void jurisdictionContainment() {
    JurisdictionPath district = COMMUNE.parent();
    JurisdictionPath province = district.parent();
    JurisdictionPath otherDistrict = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "62");
    assertTrue(province.contains(COMMUNE));
    assertTrue(district.contains(COMMUNE));
    assertTrue(COMMUNE.contains(COMMUNE));
    assertFalse(COMMUNE.contains(district));
    assertFalse(otherDistrict.contains(COMMUNE));
    assertFalse(otherDistrict.key().length() > 0 && COMMUNE.key().startsWith(otherDistrict.key()));
    assertTrue(COMMUNE.key().startsWith(district.key()));
    assertEquals(JurisdictionLevel.COMMUNE, COMMUNE.level());
    assertEquals(COMMUNE, JurisdictionPath.parse(COMMUNE.toString()));
    assertEquals(COMMUNE, JurisdictionPath.fromKey(COMMUNE.key()));
    assertFalse(JurisdictionPath.of(JurisdictionScheme.GSO_2025, "52").contains(
        JurisdictionPath.of(JurisdictionScheme.GSO_2021, "52", "1")));
  }

  @Test
  @DisplayName("an address names a commune or a district (core admits only districts without communes), never a "
      + "province or the whole country")
  void addressCommune() {
    assertThrows(ValidationException.class, () -> new Address("12 Lê Lợi", COMMUNE.parent().parent(),
        Optional.empty()));
    assertThrows(ValidationException.class, () -> new Address("12 Lê Lợi",
        JurisdictionPath.national(COMMUNE.scheme()), Optional.empty()));
    assertEquals(COMMUNE.parent(), new Address("12 Lê Lợi", COMMUNE.parent(), Optional.empty()).commune());
  }

  @Test
  @DisplayName("UUID ids sort as their text does, so memory and SQL keyset pages agree")
  void idOrder() {
    CaseId a = CaseId.parse("7fffffff-ffff-ffff-ffff-ffffffffffff");
    CaseId b = CaseId.parse("80000000-0000-0000-0000-000000000000");
    assertTrue(a.compareTo(b) < 0);
    assertTrue(a.toString().compareTo(b.toString()) < 0);
  }

  static Person person(String name) {
    return new Person(PersonId.random(), name, BirthDate.ofYear(1980), Sex.MALE, PhoneNumber.parse("0912345678"),
        Optional.of(new NationalId("064080001234")), new Address("Thôn 3", COMMUNE, Optional.empty()));
  }
}
