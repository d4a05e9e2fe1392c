package org.homewatch.units.vn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.Homewatch;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionLevel;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.memory.MemoryStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A national administrator imports a whole scheme in one call. Prints the import rate on each storage, and the rate
 * of the per-unit path the import used before (a parent lookup and an upsert per unit) on a slice of the same
 * units, for the README's figure; nothing here asserts on time.
 */
class NationalImportTest {
  static final Principal NATIONAL_2021 = Principal.staff(new AccountId("cuc-y-te-du-phong.2021"),
      JurisdictionPath.national(JurisdictionScheme.GSO_2021), Role.ADMINISTRATOR);
  static final Principal NATIONAL_2025 = Principal.staff(new AccountId("cuc-y-te-du-phong.2025"),
      JurisdictionPath.national(JurisdictionScheme.GSO_2025), Role.ADMINISTRATOR);
  private static final int BEFORE_SLICE = 3_000;

  private static Homewatch homewatch(Storage storage) {
    return Homewatch.builder().storage(storage).channel(new org.homewatch.test.RecordingChannel("sms")).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.homewatch.units.vn.TestStorages#all")
  @DisplayName("a national administrator imports each whole scheme in one call; the provinces of each scheme are "
      + "listed, by code, and none of the other")
  void importsTheCountry(String name, Supplier<Storage> storages) {
    List<Jurisdiction> old = VietnamUnits.of(JurisdictionScheme.GSO_2021);
    List<Jurisdiction> now = VietnamUnits.of(JurisdictionScheme.GSO_2025);
    try (Storage storage = storages.get(); Homewatch homewatch = homewatch(storage)) {
      long start = System.nanoTime();
      int saved = homewatch.jurisdictions().importUnits(NATIONAL_2021, old);
      double seconds = (System.nanoTime() - start) / 1e9;
      homewatch.jurisdictions().importUnits(NATIONAL_2025, now);

      assertEquals(old.size(), saved);
      assertEquals(provinces(old), homewatch.jurisdictions().provinces(JurisdictionScheme.GSO_2021));
      assertEquals(provinces(now), homewatch.jurisdictions().provinces(JurisdictionScheme.GSO_2025));
      assertEquals(63, homewatch.jurisdictions().provinces(JurisdictionScheme.GSO_2021).size());
      assertEquals(34, homewatch.jurisdictions().provinces(JurisdictionScheme.GSO_2025).size());
      assertEquals(Optional.of(old.get(old.size() - 1)),
          homewatch.jurisdictions().find(old.get(old.size() - 1).path()));
      System.out.printf("national import on %s: %d units in %.2f s = %.0f units/s%n", name, saved, seconds,
          saved / seconds);
    }
    if (!name.equals("memory")) {
      try (Storage storage = storages.get()) {
        List<Jurisdiction> slice = old.subList(0, BEFORE_SLICE);
        long start = System.nanoTime();
        storage.inTransaction(tx -> {
          for (Jurisdiction unit : slice) {
            if (!unit.path().isProvince()) {
              tx.jurisdictions().find(unit.path().parent()).orElseThrow();
            }
            tx.jurisdictions().save(unit);
          }
          return null;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("per-unit import (before) on %s: %d units in %.2f s = %.0f units/s%n", name,
            BEFORE_SLICE, seconds, BEFORE_SLICE / seconds);
      }
    }
  }

  private static List<Jurisdiction> provinces(List<Jurisdiction> units) {
    return units.stream().filter(u -> u.level() == JurisdictionLevel.PROVINCE)
        .sorted(java.util.Comparator.comparing(Jurisdiction::code)).toList();
  }

  @Test
  @DisplayName("a national administrator of one scheme may not import a unit of the other, nor may a provincial "
      + "administrator import another province; nothing is stored")
  void nationalScopeIsOneScheme() {
    try (Homewatch homewatch = homewatch(new MemoryStorage())) {
      List<Jurisdiction> old = VietnamUnits.of(JurisdictionScheme.GSO_2021);
      Principal giaLaiAdmin = Principal.staff(new AccountId("so-y-te-gia-lai"),
          JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64"), Role.ADMINISTRATOR);

      assertThrows(AccessDeniedException.class, () -> homewatch.jurisdictions().importUnits(NATIONAL_2025, old));
      assertThrows(AccessDeniedException.class, () -> homewatch.jurisdictions().importUnits(giaLaiAdmin, old));

      assertEquals(List.of(), homewatch.jurisdictions().provinces(JurisdictionScheme.GSO_2021));
    }
  }

  @Test
  @DisplayName("a national administrator saves an account scoped to the whole country; a provincial administrator "
      + "may not")
  void nationalAccounts() {
    try (Homewatch homewatch = homewatch(new MemoryStorage())) {
      Account deputy = Account.staff("cuc-y-te-du-phong.2021-b", "Phó cục trưởng",
          JurisdictionPath.national(JurisdictionScheme.GSO_2021), Role.SUPERVISOR);
      Principal giaLaiAdmin = Principal.staff(new AccountId("so-y-te-gia-lai"),
          JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64"), Role.ADMINISTRATOR);

      assertThrows(AccessDeniedException.class, () -> homewatch.accounts().save(giaLaiAdmin, deputy));
      homewatch.accounts().save(NATIONAL_2021, deputy);

      assertEquals(Optional.of(deputy), homewatch.accounts().find(NATIONAL_2021, deputy.id()));
      // Another scheme's administrator is told nothing, as for an id that does not exist (find does not reveal
      // accounts outside the caller's scope).
      assertEquals(Optional.empty(), homewatch.accounts().find(NATIONAL_2025, deputy.id()));
    }
  }
}
