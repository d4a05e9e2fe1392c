package org.homewatch.test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.model.Sex;
import org.homewatch.model.Vitals;

/**
 * The small piece of Gia Lai that tests run in (GSO 2021 codes): the province (64), Chư Sê district (633), two of
 * its communes, and the people who work there. Values only; {@code GiaLaiWorld} (in homewatch-test-world) puts
 * them into a running Homewatch.
 */
public final class GiaLai {
  /** 08:00 in Vietnam on the first day of the tests' August 2021. */
  public static final Instant START = Instant.parse("2021-08-16T01:00:00Z");
  /** The tests' first day, the local day of {@link #START}. */
  public static final LocalDate TODAY = LocalDate.of(2021, 8, 16);

  /** Gia Lai province. */
  public static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  /** Chư Sê district of Gia Lai. */
  public static final JurisdictionPath CHU_SE = PROVINCE.child("633");
  /** Thị trấn Chư Sê, the district town. */
  public static final JurisdictionPath THI_TRAN_CHU_SE = CHU_SE.child("23941");
  /** Xã Ia Tiêm, a neighbouring commune. */
  public static final JurisdictionPath IA_TIEM = CHU_SE.child("23944");

  /** The units, parents first, as {@code jurisdictions().importUnits(..)} takes them. */
  public static final List<Jurisdiction> UNITS = List.of(
      new Jurisdiction(PROVINCE, "Gia Lai"),
      new Jurisdiction(CHU_SE, "Chư Sê"),
      new Jurisdiction(THI_TRAN_CHU_SE, "Thị trấn Chư Sê"),
      new Jurisdiction(IA_TIEM, "Xã Ia Tiêm"));

  /** The provincial health department's administrator: imports units, manages accounts. */
  public static final Principal ADMIN = Principal.staff(new AccountId("so-y-te.admin"), PROVINCE, Role.ADMINISTRATOR);
  /** Registers cases for the district (the district health centre). */
  public static final Principal ENROLLER = Principal.staff(new AccountId("ttyt-chuse.enroller"), CHU_SE,
      Role.ENROLLER);
  /** A nurse of the commune health station of Thị trấn Chư Sê. */
  public static final Principal NURSE_THI_TRAN = Principal.staff(new AccountId("tyt-thitran.nurse"), THI_TRAN_CHU_SE,
      Role.MONITOR);
  /** A nurse of the commune health station of Ia Tiêm. */
  public static final Principal NURSE_IA_TIEM = Principal.staff(new AccountId("tyt-iatiem.nurse"), IA_TIEM,
      Role.MONITOR);
  /** The district steering committee: told when a commune does not answer. */
  public static final Principal DISTRICT_SUPERVISOR = Principal.staff(new AccountId("bcd-chuse"), CHU_SE,
      Role.SUPERVISOR);
  /** The provincial steering committee: the last level of escalation. */
  public static final Principal PROVINCE_SUPERVISOR = Principal.staff(new AccountId("bcd-gialai"), PROVINCE,
      Role.SUPERVISOR);
  /** Background work for the whole province. */
  public static final Principal SYSTEM = Principal.system(PROVINCE);

  /** The quarantine decision the fixtures' cases are registered under. */
  public static final QuarantineDecision DECISION = new QuarantineDecision("12/QĐ-UBND", "UBND huyện Chư Sê", TODAY);

  private GiaLai() {}

  /**
   * A person living in {@code commune}, with a mobile number derived from the name (the same name, the same number).
   *
   * @param name the full name
   * @param commune where they live
   * @param birthYear the year of birth
   * @return the person, female, with a fresh id
   */
  public static Person person(String name, JurisdictionPath commune, int birthYear) {
    return new Person(PersonId.random(), name, BirthDate.ofYear(birthYear), Sex.FEMALE,
        PhoneNumber.parse("0905" + String.format("%06d", Math.abs(name.hashCode()) % 1_000_000)), Optional.empty(),
        new Address("Thôn 1", commune, Optional.empty()));
  }

  /**
   * Vitals nobody worries about.
   *
   * @return the vitals
   */
  public static Vitals normalVitals() {
    return Vitals.builder().temperatureCelsius(36.8).spo2Percent(98).respiratoryRatePerMinute(16)
        .pulsePerMinute(78).build();
  }

  /**
   * Otherwise unremarkable vitals with the given SpO2 (96 % or less is a warning sign under Decision 261).
   *
   * @param percent the SpO2 in %, 50 to 100
   * @return the vitals
   */
  public static Vitals spo2(int percent) {
    return Vitals.builder().temperatureCelsius(37.2).spo2Percent(percent).respiratoryRatePerMinute(18)
        .pulsePerMinute(88).build();
  }
}
