package org.homewatch.examples.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.core.Homewatch;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.model.Sex;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.springframework.stereotype.Component;

/**
 * The small piece of Gia Lai the portal starts with (GSO 2021 codes): the province (64), Chư Sê district (633),
 * two of its communes, two commune nurses, the district's steering committee, and four people in quarantine, one of
 * whom already has an open alert (pulse 125). Seeded once, when the portal starts, through Homewatch's public API,
 * as the province's administrator and the district's enroller would do it.
 */
@Component
public final class DemoWorld {
  public static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  public static final JurisdictionPath CHU_SE = PROVINCE.child("633");
  public static final JurisdictionPath THI_TRAN_CHU_SE = CHU_SE.child("23941");
  public static final JurisdictionPath IA_TIEM = CHU_SE.child("23944");

  /** The demo account of the nurse of Thị trấn Chư Sê's health station. */
  public static final String NURSE = "yta.thitran";
  /** The demo account of the nurse of Ia Tiêm's health station. */
  public static final String NURSE_IA_TIEM = "yta.iatiem";
  /** The demo account of Chư Sê district's steering committee. */
  public static final String DISTRICT_SUPERVISOR = "bcd.chuse";

  private static final Principal ADMIN =
      Principal.staff(new AccountId("soyte.quantri"), PROVINCE, Role.ADMINISTRATOR);
  private static final Principal ENROLLER =
      Principal.staff(new AccountId("ttyt.chuse.tiepnhan"), CHU_SE, Role.ENROLLER);

  private final List<DemoUser> users = new ArrayList<>();

  public DemoWorld(Homewatch homewatch, Clock clock) {
    homewatch.jurisdictions().importUnits(ADMIN, List.of(
        new Jurisdiction(PROVINCE, "Gia Lai"),
        new Jurisdiction(CHU_SE, "Chư Sê"),
        new Jurisdiction(THI_TRAN_CHU_SE, "Thị trấn Chư Sê"),
        new Jurisdiction(IA_TIEM, "Xã Ia Tiêm")));
    staff(homewatch, Account.staff(NURSE, "Y tá Nguyễn Thị Hoa", THI_TRAN_CHU_SE, Role.MONITOR)
        .reachableAt("sms", "+84905111222").withOnDuty(true), "Trạm y tế Thị trấn Chư Sê");
    staff(homewatch, Account.staff(NURSE_IA_TIEM, "Y tá Rơ Châm Bơr", IA_TIEM, Role.MONITOR)
        .reachableAt("sms", "+84905111333").withOnDuty(true), "Trạm y tế xã Ia Tiêm");
    staff(homewatch, Account.staff(DISTRICT_SUPERVISOR, "Ban chỉ đạo huyện Chư Sê", CHU_SE, Role.SUPERVISOR)
        .reachableAt("sms", "+84905111444").withOnDuty(true), "Giám sát cấp huyện");

    citizen(homewatch, clock, "Rơ Mah H'Hen", 1985, Sex.FEMALE, "0905200001", THI_TRAN_CHU_SE, CaseCategory.F1,
        Optional.empty());
    citizen(homewatch, clock, "Nguyễn Văn Tâm", 1958, Sex.MALE, "0905200002", THI_TRAN_CHU_SE, CaseCategory.F1,
        Optional.of(Vitals.builder().temperatureCelsius(37.4).spo2Percent(95).pulsePerMinute(125).build()));
    citizen(homewatch, clock, "Trần Thị Mai", 1992, Sex.FEMALE, "0905200003", THI_TRAN_CHU_SE, CaseCategory.F2,
        Optional.of(Vitals.builder().temperatureCelsius(36.7).spo2Percent(98).pulsePerMinute(76).build()));
    citizen(homewatch, clock, "Ksor Y Nhi", 1978, Sex.FEMALE, "0905200004", IA_TIEM, CaseCategory.F1,
        Optional.of(Vitals.builder().temperatureCelsius(36.9).spo2Percent(97).build()));
  }

  /** Everyone who can log in to the demo, staff first. */
  public List<DemoUser> users() {
    return List.copyOf(users);
  }

  public Optional<DemoUser> user(String id) {
    return users.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  private void staff(Homewatch homewatch, Account account, String describedAs) {
    homewatch.accounts().save(ADMIN, account);
    users.add(DemoUser.staff(account.id().value(), account.displayName(), describedAs));
  }

  private void citizen(Homewatch homewatch, Clock clock, String name, int born, Sex sex, String phone,
      JurisdictionPath commune, CaseCategory category, Optional<Vitals> firstDeclaration) {
    IsolationCase c = homewatch.cases().register(ENROLLER, NewCase.builder()
        .fullName(name).bornIn(born).sex(sex).phone(phone).address("Thôn 1", commune)
        .category(category).decision("12/QĐ-UBND", "UBND huyện Chư Sê", NewCase.today(clock))
        .startingToday(clock).build());
    DemoUser user = DemoUser.citizen("nguoidan." + (users.stream().filter(DemoUser::isCitizen).count() + 1), name, c.id(),
        Principal.citizen(new AccountId("citizen-" + c.person().id()), c.person().id(), c.responsibleUnit()));
    users.add(user);
    firstDeclaration.ifPresent(vitals -> homewatch.declarations().submit(user.citizen().orElseThrow(),
        NewDeclaration.of(DeclarationId.random(), c.id(), clock.instant(), vitals, Set.<Symptom>of())));
  }

  /**
   * One demo login. Staff resolve to their {@link Principal} through Homewatch's account store at every request;
   * a person in quarantine has no staff account, so the portal keeps their principal (their case, their commune).
   */
  public record DemoUser(String id, String name, String describedAs, Optional<CaseId> caseId,
      Optional<Principal> citizen) {
    static DemoUser staff(String id, String name, String describedAs) {
      return new DemoUser(id, name, describedAs, Optional.empty(), Optional.empty());
    }

    static DemoUser citizen(String id, String name, CaseId caseId, Principal principal) {
      return new DemoUser(id, name, "Người cách ly tại nhà", Optional.of(caseId), Optional.of(principal));
    }

    public boolean isCitizen() {
      return citizen.isPresent();
    }
  }
}
