package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.NotFoundException;
import org.homewatch.model.Account;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.Feedback;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.PageRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole country as a scope ({@link JurisdictionPath#national}): the provinces listed as its children, the
 * batched {@code saveAll} of a whole scheme, and every scoped list selecting exactly one scheme under a national
 * scope (a national principal of one scheme sees nothing of the other).
 */
abstract class NationalScopeContract extends StoreContract {
  private static final JurisdictionPath OLD = JurisdictionPath.national(JurisdictionScheme.GSO_2021);
  private static final JurisdictionPath NEW = JurisdictionPath.national(JurisdictionScheme.GSO_2025);
  private static final JurisdictionPath NEW_GIA_LAI = NEW.child("52");
  private static final JurisdictionPath NEW_COMMUNE = NEW_GIA_LAI.child("23539");

  NationalScopeContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("children of the country lists that scheme's provinces, by code, and none of the other scheme")
  void provinces() {
    Jurisdiction hanoi = Samples.jurisdiction(OLD.child("01"), "Thành phố Hà Nội");
    Jurisdiction giaLai = Samples.jurisdiction(Samples.GIA_LAI, "Tỉnh Gia Lai");
    Jurisdiction caoBang = Samples.jurisdiction(OLD.child("04"), "Tỉnh Cao Bằng");
    Jurisdiction newGiaLai = Samples.jurisdiction(NEW_GIA_LAI, "Tỉnh Gia Lai");
    write(tx -> List.of(giaLai, newGiaLai, hanoi, caoBang).forEach(tx.jurisdictions()::save));
    write(tx -> tx.jurisdictions().save(Samples.jurisdiction(Samples.CHU_SE, "Huyện Chư Sê")));

    assertEquals(List.of(hanoi, caoBang, giaLai), read(tx -> tx.jurisdictions().children(OLD)));
    assertEquals(List.of(newGiaLai), read(tx -> tx.jurisdictions().children(NEW)));
  }

  @Test
  @DisplayName("saveAll stores a whole tree in one call (parents earlier in the list), replacing units already "
      + "stored, exactly as save one by one would")
  void saveAll() {
    write(tx -> tx.jurisdictions().save(Samples.jurisdiction(Samples.GIA_LAI, "Gia Lai")));
    List<Jurisdiction> tree = new ArrayList<>();
    tree.add(Samples.jurisdiction(Samples.GIA_LAI, "Tỉnh Gia Lai"));
    for (int d = 0; d < 6; d++) {
      JurisdictionPath district = Samples.GIA_LAI.child("6" + (20 + d));
      tree.add(Samples.jurisdiction(district, "Huyện " + d));
      for (int c = 0; c < 300; c++) {
        tree.add(Samples.jurisdiction(district.child(Integer.toString(23000 + d * 300 + c)), "Xã " + c));
      }
    }

    write(tx -> tx.jurisdictions().saveAll(tree));

    assertEquals(List.of(tree.get(0)), read(tx -> tx.jurisdictions().children(OLD)));
    assertEquals(6, read(tx -> tx.jurisdictions().children(Samples.GIA_LAI)).size());
    JurisdictionPath lastDistrict = Samples.GIA_LAI.child("625");
    List<Jurisdiction> communes = tree.stream().filter(j -> lastDistrict.contains(j.path()) && j.path().depth() == 3)
        .sorted(Comparator.comparing(Jurisdiction::code)).toList();
    assertEquals(communes, read(tx -> tx.jurisdictions().children(lastDistrict)));
    assertEquals(Optional.of(tree.get(tree.size() - 1)),
        read(tx -> tx.jurisdictions().find(tree.get(tree.size() - 1).path())));
  }

  @Test
  @DisplayName("saveAll with a unit whose parent is neither stored nor earlier in the list fails with "
      + "NotFoundException and, the transaction rolled back, stores nothing of the list")
  void saveAllNeedsParents() {
    List<Jurisdiction> units = List.of(Samples.jurisdiction(Samples.GIA_LAI, "Tỉnh Gia Lai"),
        Samples.jurisdiction(Samples.CHU_SE, "Huyện Chư Sê"),
        Samples.jurisdiction(Samples.GIA_LAI.child("699").child("1"), "Xã mồ côi"));

    assertThrows(NotFoundException.class, () -> write(tx -> tx.jurisdictions().saveAll(units)));

    assertEquals(Optional.empty(), read(tx -> tx.jurisdictions().find(Samples.GIA_LAI)));
    assertEquals(List.of(), read(tx -> tx.jurisdictions().children(OLD)));
  }

  @Test
  @DisplayName("an account whose scope is the whole country is stored and read back with that scope")
  void nationalAccount() {
    Account admin = Samples.account("national-admin", OLD, false, true);
    write(tx -> tx.accounts().save(admin));

    assertEquals(Optional.of(admin), read(tx -> tx.accounts().find(admin.id())));
  }

  @Test
  @DisplayName("accounts.inScope lists the accounts inside a scope (its own unit included), active or not, by id "
      + "across pages; under the country, that scheme's and none of the other")
  void accountsInScope() {
    Account nurse = Samples.account("c-nurse", Samples.CHU_SE_TOWN, true, true);
    Account retired = Samples.account("a-retired", Samples.IA_BLANG, false, false);
    Account district = Samples.account("b-district", Samples.CHU_SE, false, true);
    Account province = Samples.account("d-province", Samples.GIA_LAI, false, true);
    Account elsewhere = Samples.account("e-elsewhere", OLD.child("01").child("001"), true, true);
    Account newScheme = Samples.account("f-new", NEW_COMMUNE, true, true);
    Account national = Samples.account("g-national", OLD, false, true);
    write(tx -> List.of(nurse, retired, district, province, elsewhere, newScheme, national)
        .forEach(tx.accounts()::save));

    assertEquals(List.of(retired, district, nurse), allPages(page -> read(tx -> tx.accounts().inScope(
        Samples.CHU_SE, page)), 2, 3));
    assertEquals(List.of(retired, district, nurse, province, elsewhere, national), allPages(page -> read(
        tx -> tx.accounts().inScope(OLD, page)), 4, 6));
    assertEquals(List.of(newScheme), allPages(page -> read(tx -> tx.accounts().inScope(NEW, page)), 1, 1));
    assertEquals(List.of(nurse), read(tx -> tx.accounts().inScope(Samples.CHU_SE_TOWN, PageRequest.first(5)))
        .items());
  }

  @Test
  @DisplayName("cases, alerts, feedback and audit listed under a national scope are exactly that scheme's, across "
      + "pages")
  void scopedListsUnderTheCountry() {
    List<IsolationCase> oldCases = new ArrayList<>();
    for (JurisdictionPath commune : List.of(Samples.CHU_SE_TOWN, Samples.IA_BLANG, OLD.child("01").child("001")
        .child("00001"))) {
      oldCases.add(Samples.isolationCase(commune));
    }
    IsolationCase newCase = Samples.isolationCase(NEW_COMMUNE);
    write(tx -> {
      oldCases.forEach(tx.cases()::insert);
      tx.cases().insert(newCase);
    });
    Alert oldAlert = Samples.alert(oldCases.get(0).id(), Samples.CHU_SE_TOWN, Samples.T0);
    Alert newAlert = Samples.alert(newCase.id(), NEW_COMMUNE, Samples.T0);
    Feedback oldFeedback = Samples.feedback(Samples.IA_BLANG, org.homewatch.model.FeedbackStatus.NEW, Samples.T0);
    Feedback newFeedback = Samples.feedback(NEW_COMMUNE, org.homewatch.model.FeedbackStatus.NEW, Samples.T0);
    AuditEvent oldEvent = Samples.auditEvent(Samples.CHU_SE, Samples.T0);
    AuditEvent newEvent = Samples.auditEvent(NEW_COMMUNE, Samples.T0);
    write(tx -> {
      tx.alerts().insert(oldAlert);
      tx.alerts().insert(newAlert);
      tx.feedback().insert(oldFeedback);
      tx.feedback().insert(newFeedback);
      tx.audit().append(oldEvent);
      tx.audit().append(newEvent);
    });

    List<CaseId> expected = oldCases.stream().map(IsolationCase::id).sorted().toList();
    assertEquals(expected, allPages(page -> read(tx -> tx.cases().list(CaseQuery.in(OLD), page)), 2, 3)
        .stream().map(IsolationCase::id).toList());
    assertEquals(List.of(newCase.id()), allPages(page -> read(tx -> tx.cases().list(CaseQuery.in(NEW), page)), 2, 1)
        .stream().map(IsolationCase::id).toList());
    assertEquals(List.of(oldAlert.id()), read(tx -> tx.alerts().list(AlertQuery.active(OLD), PageRequest.first(10)))
        .items().stream().map(Alert::id).toList());
    assertEquals(List.of(newAlert.id()), read(tx -> tx.alerts().list(AlertQuery.active(NEW), PageRequest.first(10)))
        .items().stream().map(Alert::id).toList());
    assertEquals(List.of(oldFeedback.id()), read(tx -> tx.feedback().list(OLD, Set.of(), PageRequest.first(10)))
        .items().stream().map(Feedback::id).toList());
    assertEquals(List.of(newEvent.id()), read(tx -> tx.audit().list(NEW, Samples.T0, PageRequest.first(10)))
        .items().stream().map(AuditEvent::id).toList());
    assertEquals(List.of(oldEvent.id()), read(tx -> tx.audit().list(OLD, Samples.T0, PageRequest.first(10)))
        .items().stream().map(AuditEvent::id).toList());
  }
}
