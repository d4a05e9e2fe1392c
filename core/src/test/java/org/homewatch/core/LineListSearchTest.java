package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.homewatch.AccessDeniedException;
import org.homewatch.ValidationException;
import org.homewatch.core.cases.CaseSummary;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Severity;
import org.homewatch.model.Symptom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Staff find people in the line list")
class LineListSearchTest {
  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  private Set<String> names(Principal who, CaseQuery query) {
    return world.homewatch.cases().lineList(who, query, PageRequest.first(100)).items().stream()
        .map(CaseSummary::name).collect(Collectors.toSet());
  }

  @Test
  @DisplayName("'nguyen thi hoa' finds Nguyễn Thị Hoà and Nguyễn Thị Hòa, in the nurse's commune only")
  void byName() {
    world.registerF2("Nguyễn Thị Hoà", World.COMMUNE_A);
    world.registerF2("Nguyễn Thị Hòa", World.COMMUNE_A);
    world.registerF2("Đinh Văn Đạt", World.COMMUNE_A);
    world.registerF2("Nguyễn Thị Hoa", World.COMMUNE_B);

    assertEquals(Set.of("Nguyễn Thị Hoà", "Nguyễn Thị Hòa"),
        names(world.nurseA, CaseQuery.in(World.COMMUNE_A).searching("nguyen thi hoa")));
    assertEquals(Set.of("Đinh Văn Đạt"), names(world.nurseA, CaseQuery.in(World.COMMUNE_A).searching("dinh van dat")));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.cases()
        .lineList(world.nurseA, CaseQuery.in(World.DISTRICT).searching("nguyen"), PageRequest.first(10)));
  }

  @Test
  @DisplayName("a supervisor's search finds the same people, masked; the audit names the kind of search, not the text")
  void maskedAndAudited() {
    IsolationCase hoa = world.registerF2("Nguyễn Thị Hoà", World.COMMUNE_A);
    List<CaseSummary> found = world.homewatch.cases().lineList(world.supervisor,
        CaseQuery.in(World.DISTRICT).searching(hoa.person().phone().e164()), PageRequest.first(10)).items();

    assertEquals(List.of(hoa.id()), found.stream().map(CaseSummary::id).toList());
    assertEquals("N. T. Hoà", found.get(0).name());
    assertTrue(found.get(0).phone().contains("*"), found.get(0).phone());
    List<org.homewatch.model.AuditEvent> audited = world.storage.inTransaction(tx -> tx.audit().list(World.PROVINCE,
        World.START.minusSeconds(1), PageRequest.first(100))).items().stream()
        .filter(e -> e.action().equals(org.homewatch.core.access.Operation.LIST_CASES.auditAction())).toList();
    assertEquals(1, audited.size());
    assertEquals("PHONE", audited.get(0).details().get("search"));
    assertTrue(audited.get(0).details().values().stream().noneMatch(v -> v.contains("905")), audited.toString());
  }

  @Test
  @DisplayName("a search text over 100 characters, a blank one or a partial number is refused, naming 'search'")
  void badSearch() {
    CaseQuery commune = CaseQuery.in(World.COMMUNE_A);
    for (String bad : List.of("a".repeat(101), "   ", "0905 11", "nguyen\u0000")) {
      ValidationException e = assertThrows(ValidationException.class, () -> commune.searching(bad), bad);
      assertEquals("search", e.violations().get(0).path(), e.getMessage());
    }
    assertEquals(Set.of(), names(world.nurseA, commune.searching("a".repeat(100))));
  }

  @Test
  @DisplayName("declared today or not, and at least N missed slots in a row, as the compliance view counts them")
  void declaredAndMissed() {
    IsolationCase keeps = world.registerF2("Nguyễn Thị Hoà", World.COMMUNE_A);
    IsolationCase silent = world.registerF2("Trần Văn Bình", World.COMMUNE_A);
    world.clock.advance(Duration.ofDays(2));
    world.homewatch.declarations().submit(world.citizen(keeps), world.declaration(keeps, World.normal()));
    CaseQuery commune = CaseQuery.in(World.COMMUNE_A);

    assertEquals(Set.of("Nguyễn Thị Hoà"), names(world.nurseA, commune.declaredToday(true)));
    assertEquals(Set.of("Trần Văn Bình"), names(world.nurseA, commune.declaredToday(false)));
    int missed = world.homewatch.schedule().compliance(world.nurseA, silent.id()).consecutiveMissed();
    int keptMissed = world.homewatch.schedule().compliance(world.nurseA, keeps.id()).consecutiveMissed();
    assertTrue(missed >= 3, "missed " + missed);
    assertEquals(0, keptMissed, "declared just now");
    assertEquals(Set.of("Trần Văn Bình"), names(world.nurseA, commune.missedInARowAtLeast(missed)));
    assertEquals(Set.of(), names(world.nurseA, commune.missedInARowAtLeast(missed + 1)));
    assertEquals(Set.of("Trần Văn Bình"), names(world.nurseA, commune.missedInARowAtLeast(1)));
    assertEquals(Set.of("Nguyễn Thị Hoà", "Trần Văn Bình"), names(world.nurseA, commune));
  }

  @Test
  @DisplayName("by category and latest severity, combined with a name search")
  void categoryAndSeverity() {
    IsolationCase sick = world.registerF2("Nguyễn Thị Hoà", World.COMMUNE_A);
    world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    world.homewatch.cases().register(world.enroller, NewCase.of(World.person("Nguyễn Văn Tú", World.COMMUNE_A, 1990),
        CaseCategory.F1, new QuarantineDecision("13/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), World.TODAY));
    world.homewatch.declarations().submit(world.citizen(sick), world.declaration(sick, World.spo2(93),
        Symptom.SHORTNESS_OF_BREATH));
    CaseQuery nguyen = CaseQuery.in(World.COMMUNE_A).searching("Nguyen");

    assertEquals(Set.of("Nguyễn Văn Tú"), names(world.nurseA, nguyen.withCategories(CaseCategory.F1)));
    assertEquals(Set.of("Nguyễn Thị Hoà"), names(world.nurseA, nguyen.withMinimumLatestSeverity(Severity.ABNORMAL)));
  }

  @Test
  @DisplayName("a missed-slot search pages by keyset: every matching case once, in case-id order")
  void missedPaging() {
    List<IsolationCase> silent = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      IsolationCase c = world.registerF2("Trần Văn Bình " + (char) ('A' + i), World.COMMUNE_A);
      if (i % 2 == 0) {
        silent.add(c);
      }
    }
    world.clock.advance(Duration.ofDays(1));
    for (IsolationCase c : world.homewatch.cases().lineList(world.nurseA, CaseQuery.in(World.COMMUNE_A),
        PageRequest.first(100)).items().stream().map(s -> s.id()).filter(id -> silent.stream()
            .noneMatch(c -> c.id().equals(id))).map(id -> world.homewatch.cases().get(world.nurseA, id)).toList()) {
      world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.normal()));
    }
    CaseQuery query = CaseQuery.in(World.COMMUNE_A).missedInARowAtLeast(1);
    List<CaseSummary> all = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    for (int pages = 0; pages < 10; pages++) {
      Page<CaseSummary> page = world.homewatch.cases().lineList(world.nurseA, query, request);
      assertTrue(page.items().size() <= 2);
      all.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      request = request.next(page);
    }
    assertEquals(silent.stream().map(IsolationCase::id).sorted().toList(), all.stream().map(CaseSummary::id).toList());
  }
}
