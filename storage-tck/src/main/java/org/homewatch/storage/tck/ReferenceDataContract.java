package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.homewatch.NotFoundException;
import org.homewatch.model.Account;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reference tables: who is on duty where, and the administrative units. */
abstract class ReferenceDataContract extends StoreContract {
  ReferenceDataContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("onDutyAt returns the active, on-duty accounts whose scope is exactly the unit, ordered by id")
  void onDutyAt() {
    Account b = Samples.account("monitor-b", Samples.CHU_SE_TOWN, true, true);
    Account a = Samples.account("monitor-a", Samples.CHU_SE_TOWN, true, true);
    Account offDuty = Samples.account("monitor-c", Samples.CHU_SE_TOWN, false, true);
    Account inactive = Samples.account("monitor-d", Samples.CHU_SE_TOWN, true, false);
    Account district = Samples.account("supervisor-e", Samples.CHU_SE, true, true);
    Account neighbour = Samples.account("monitor-f", Samples.IA_BLANG, true, true);
    write(tx -> List.of(b, offDuty, district, a, inactive, neighbour).forEach(tx.accounts()::save));

    assertEquals(List.of(a, b), read(tx -> tx.accounts().onDutyAt(Samples.CHU_SE_TOWN)));
    assertEquals(List.of(district), read(tx -> tx.accounts().onDutyAt(Samples.CHU_SE)));
    assertEquals(List.of(), read(tx -> tx.accounts().onDutyAt(Samples.GIA_LAI)));
  }

  @Test
  @DisplayName("onDutyAt follows updates: an account taken off duty is no longer returned")
  void onDutyFollowsUpdates() {
    Account a = Samples.account("monitor-a", Samples.CHU_SE_TOWN, true, true);
    write(tx -> tx.accounts().save(a));

    write(tx -> tx.accounts().save(new Account(a.id(), a.displayName(), a.roles(), a.scope(), a.contactPoints(),
        false, true, 1)));

    assertEquals(List.of(), read(tx -> tx.accounts().onDutyAt(Samples.CHU_SE_TOWN)));
  }

  @Test
  @DisplayName("An account keeps the language its holder reads, through an update that changes it; Vietnamese when"
      + " none was given")
  void accountLocale() {
    Account english = Samples.account("expert-a", Samples.CHU_SE_TOWN, true, true)
        .withLocale(java.util.Locale.ENGLISH);
    Account vietnamese = Samples.account("monitor-v", Samples.CHU_SE_TOWN, true, true);
    write(tx -> List.of(english, vietnamese).forEach(tx.accounts()::save));

    assertEquals(java.util.Locale.ENGLISH, read(tx -> tx.accounts().find(english.id())).orElseThrow().locale());
    assertEquals(org.homewatch.model.Person.VIETNAMESE,
        read(tx -> tx.accounts().find(vietnamese.id())).orElseThrow().locale());
    assertEquals(List.of(english, vietnamese), read(tx -> tx.accounts().onDutyAt(Samples.CHU_SE_TOWN)));

    Account switched = vietnamese.withLocale(java.util.Locale.forLanguageTag("en-AU")).atVersion(1);
    write(tx -> tx.accounts().save(switched));
    assertEquals(Optional.of(switched), read(tx -> tx.accounts().find(vietnamese.id())));
  }

  @Test
  @DisplayName("Jurisdictions are found by path, and children lists the units directly below, ordered by code")
  void jurisdictions() {
    Jurisdiction province = Samples.jurisdiction(Samples.GIA_LAI, "Gia Lai");
    Jurisdiction chuSe = Samples.jurisdiction(Samples.CHU_SE, "Chư Sê");
    Jurisdiction pleiku = Samples.jurisdiction(Samples.GIA_LAI.child("612"), "Pleiku");
    Jurisdiction town = Samples.jurisdiction(Samples.CHU_SE_TOWN, "Thị trấn Chư Sê");
    Jurisdiction iaBlang = Samples.jurisdiction(Samples.IA_BLANG, "Ia Blang");
    Jurisdiction otherScheme = Samples.jurisdiction(JurisdictionPath.of(JurisdictionScheme.GSO_2025, "64"),
        "Gia Lai (2025)");
    write(tx -> List.of(province, otherScheme, chuSe, pleiku, iaBlang, town).forEach(tx.jurisdictions()::save));

    assertEquals(Optional.of(chuSe), read(tx -> tx.jurisdictions().find(Samples.CHU_SE)));
    assertEquals(Optional.empty(), read(tx -> tx.jurisdictions().find(Samples.GIA_LAI.child("999"))));
    assertEquals(List.of(pleiku, chuSe), read(tx -> tx.jurisdictions().children(Samples.GIA_LAI)));
    assertEquals(List.of(town, iaBlang), read(tx -> tx.jurisdictions().children(Samples.CHU_SE)));
    assertEquals(List.of(), read(tx -> tx.jurisdictions().children(Samples.CHU_SE_TOWN)));
  }

  @Test
  @DisplayName("Saving a unit whose parent is not stored fails with NotFoundException and stores nothing")
  void jurisdictionNeedsParent() {
    assertThrows(NotFoundException.class,
        () -> write(tx -> tx.jurisdictions().save(Samples.jurisdiction(Samples.CHU_SE, "Chư Sê"))));
    assertEquals(Optional.empty(), read(tx -> tx.jurisdictions().find(Samples.CHU_SE)));
  }

  @Test
  @DisplayName("children orders codes as String.compareTo does (by character code), whatever the database's "
      + "collation")
  void childrenInCodeOrder() {
    List<String> codes = List.of("b", "B", "10", "9", "a-1", "622");
    write(tx -> {
      tx.jurisdictions().save(Samples.jurisdiction(Samples.GIA_LAI, "Gia Lai"));
      for (String code : codes) {
        tx.jurisdictions().save(Samples.jurisdiction(Samples.GIA_LAI.child(code), "unit " + code));
      }
    });
    assertEquals(codes.stream().sorted().toList(),
        read(tx -> tx.jurisdictions().children(Samples.GIA_LAI)).stream().map(Jurisdiction::code).toList());
  }

  @Test
  @DisplayName("Saving a jurisdiction again replaces it, and children shows the new version")
  void jurisdictionReplaced() {
    write(tx -> {
      tx.jurisdictions().save(Samples.jurisdiction(Samples.GIA_LAI, "Gia Lai"));
      tx.jurisdictions().save(Samples.jurisdiction(Samples.CHU_SE, "Chu Se"));
    });
    Jurisdiction renamed = Samples.jurisdiction(Samples.CHU_SE, "Huyện Chư Sê");

    write(tx -> tx.jurisdictions().save(renamed));

    assertEquals(Optional.of(renamed), read(tx -> tx.jurisdictions().find(Samples.CHU_SE)));
    assertEquals(List.of(renamed), read(tx -> tx.jurisdictions().children(Samples.GIA_LAI)));
  }
}
