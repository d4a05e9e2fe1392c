package org.homewatch.spring.boot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.core.Homewatch;
import org.homewatch.model.Account;
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
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.model.Sex;
import org.homewatch.model.Vitals;

/** Gia Lai with one commune and its nurse, and a person whose SpO2 falls to 92: an alert the nurse is sent. */
final class Scenario {
  static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  static final JurisdictionPath DISTRICT = PROVINCE.child("633");
  static final JurisdictionPath COMMUNE = DISTRICT.child("23941");
  static final String NURSE_ADDRESS = "0905111222";

  private Scenario() {}

  /** Runs it and returns the case. */
  static IsolationCase lowSpo2(Homewatch homewatch) {
    Principal admin = Principal.staff(new AccountId("admin"), PROVINCE, Role.ADMINISTRATOR);
    homewatch.jurisdictions().importUnits(admin, List.of(new Jurisdiction(PROVINCE, "Gia Lai"),
        new Jurisdiction(DISTRICT, "Chư Sê"), new Jurisdiction(COMMUNE, "Thị trấn Chư Sê")));
    homewatch.accounts().save(admin, Account.staff("nurse", "Y tá", COMMUNE, Role.MONITOR)
        .reachableAt("sms", NURSE_ADDRESS).withOnDuty(true));
    LocalDate today = LocalDate.now(Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
    Person person = new Person(PersonId.random(), "Nguyễn Văn An", BirthDate.ofYear(1980), Sex.MALE,
        PhoneNumber.parse("0912345678"), Optional.empty(), new Address("Thôn 1", COMMUNE, Optional.empty()));
    IsolationCase c = homewatch.cases().register(Principal.staff(new AccountId("enroller"), PROVINCE, Role.ENROLLER),
        NewCase.of(person, CaseCategory.F1, new QuarantineDecision("1/QĐ", "UBND", today), today));
    Principal citizen = Principal.citizen(new AccountId("citizen"), person.id(), COMMUNE);
    homewatch.declarations().submit(citizen, NewDeclaration.of(DeclarationId.random(), c.id(),
        java.time.Instant.now(), Vitals.builder().spo2Percent(92).build(), Set.of()));
    return c;
  }
}
