package org.homewatch.examples.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.homewatch.core.Homewatch;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionLevel;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;

/**
 * The sample province: four districts of Gia Lai with their real GSO 2021 codes (Pleiku, Chư Păh, Ia Grai, Chư Sê;
 * 63 communes, read from {@code gia-lai-units.tsv} on the class path) and the people who work its health system:
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

  static GiaLaiProvince load() {
    Map<String, JurisdictionPath> paths = new LinkedHashMap<>();
    List<Jurisdiction> units = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(GiaLaiProvince.class.getResourceAsStream("gia-lai-units.tsv"),
        "gia-lai-units.tsv is missing from the class path");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        JurisdictionPath path = f[2].isEmpty() ? JurisdictionPath.of(JurisdictionScheme.GSO_2021, f[0])
            : paths.get(f[2]).child(f[0]);
        paths.put(f[0], path);
        units.add(new Jurisdiction(path, f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
