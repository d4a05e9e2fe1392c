package org.homewatch.examples.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homewatch.core.Homewatch;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionLevel;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.units.vn.VietnamUnits;

/**
 * The sample province: four districts of Gia Lai with their real GSO 2021 codes (Pleiku, Chư Păh, Ia Grai, Chư Sê;
 * 63 communes, taken from the country's units built into {@code homewatch-units-vn}) and the people who work its health system:
 * a nurse at every commune health station, a supervisor per district steering committee and one for the province,
 * an enroller per district health centre, a report viewer for the Department of Information and Communications,
 * and the health department's administrator.
 */
final class GiaLaiProvince {
  static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  static final Principal ADMIN = Principal.staff(new AccountId("so-y-te.admin"), PROVINCE, Role.ADMINISTRATOR);
  static final Principal SYSTEM = Principal.system(PROVINCE);
  static final Principal PROVINCE_SUPERVISOR = Principal.staff(new AccountId("bcd-gialai"), PROVINCE,
      Role.SUPERVISOR);
  static final Principal REPORT_VIEWER = Principal.staff(new AccountId("so-tttt.bao-cao"), PROVINCE,
      Role.REPORT_VIEWER);

  /** The units, parents first. */
  final List<Jurisdiction> units;
  /** District path → its communes, in file order. */
  final Map<JurisdictionPath, List<Jurisdiction>> communesByDistrict;

  private GiaLaiProvince(List<Jurisdiction> units) {
    this.units = List.copyOf(units);
    Map<JurisdictionPath, List<Jurisdiction>> byDistrict = new LinkedHashMap<>();
    for (Jurisdiction u : units) {
      if (u.level() == JurisdictionLevel.DISTRICT) {
        byDistrict.put(u.path(), new ArrayList<>());
      } else if (u.level() == JurisdictionLevel.COMMUNE) {
        byDistrict.get(u.path().parent()).add(u);
      }
    }
    this.communesByDistrict = byDistrict;
  }

  /** Pleiku, Chư Păh, Ia Grai and Chư Sê, from the country's units built into {@code homewatch-units-vn}. */
  static final Set<String> DISTRICTS = Set.of("622", "627", "628", "633");

  static GiaLaiProvince load() {
    List<Jurisdiction> units = VietnamUnits.of(JurisdictionScheme.GSO_2021).stream()
        .filter(u -> u.path().equals(PROVINCE) || PROVINCE.contains(u.path()) && u.path().depth() >= 2
            && DISTRICTS.contains(u.path().codes().get(1)))
        .toList();
    return new GiaLaiProvince(units);
  }

  List<Jurisdiction> communes() {
    return communesByDistrict.values().stream().flatMap(List::stream).toList();
  }

  static Principal nurse(JurisdictionPath commune) {
    return Principal.staff(new AccountId("tyt-" + commune.code() + ".nurse"), commune, Role.MONITOR);
  }

  static Principal districtSupervisor(JurisdictionPath district) {
    return Principal.staff(new AccountId("bcd-" + district.code()), district, Role.SUPERVISOR);
  }

  static Principal enroller(JurisdictionPath district) {
    return Principal.staff(new AccountId("ttyt-" + district.code() + ".enroller"), district, Role.ENROLLER);
  }

  /** Imports the units and saves the accounts (idempotent: a second run on the same database adds nothing). */
  int provision(Homewatch homewatch) {
    homewatch.jurisdictions().importUnits(ADMIN, units);
    List<Account> accounts = new ArrayList<>();
    int phone = 100_000;
    for (Map.Entry<JurisdictionPath, List<Jurisdiction>> d : communesByDistrict.entrySet()) {
      String district = name(d.getKey());
      accounts.add(staff(districtSupervisor(d.getKey()), "Ban chỉ đạo " + district, phone++));
      accounts.add(staff(enroller(d.getKey()), "Trung tâm Y tế " + district, phone++).withOnDuty(false));
      for (Jurisdiction commune : d.getValue()) {
        accounts.add(staff(nurse(commune.path()), "Trạm Y tế " + commune.name(), phone++));
      }
    }
    accounts.add(staff(PROVINCE_SUPERVISOR, "Ban chỉ đạo tỉnh Gia Lai", phone++));
    accounts.add(staff(REPORT_VIEWER, "Sở Thông tin và Truyền thông", phone).withOnDuty(false));
    for (Account a : accounts) {
      if (homewatch.accounts().find(ADMIN, a.id()).isEmpty()) {
        homewatch.accounts().save(ADMIN, a);
      }
    }
    return accounts.size();
  }

  String name(JurisdictionPath path) {
    return units.stream().filter(u -> u.path().equals(path)).findFirst().orElseThrow().name();
  }

  private static Account staff(Principal p, String name, int phone) {
    Role role = p.roles().iterator().next();
    return Account.staff(p.account().value(), name, p.scope(), role).reachableAt("sms", "+84905" + phone)
        .withOnDuty(true);
  }
}
