package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.homewatch.AccessDeniedException;
import org.homewatch.ValidationException;
import org.homewatch.core.cases.CaseSummary;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseRegistrationTest {
  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("a decision starting tomorrow registers a PENDING case; post-facility cases get their own duration")
  void pendingAndDurations() {
    IsolationCase later = world.homewatch.cases().register(world.enroller, NewCase.of(
        World.person("Hồ Văn Khánh", World.COMMUNE_A, 1970), CaseCategory.POST_FACILITY,
        new QuarantineDecision("3/QĐ-TTYT", "TTYT Chư Sê", World.TODAY), World.TODAY.plusDays(1)));
    assertEquals(CaseStatus.PENDING, later.status());
    assertEquals(World.TODAY.plusDays(7), later.period().plannedEnd());
  }

  @Test
  @DisplayName("a commune the deployment does not know is rejected naming responsibleUnit")
  void unknownCommune() {
    NewCase stray = NewCase.of(World.person("Mai Lan", World.DISTRICT.child("99999"), 1990), CaseCategory.F2,
        new QuarantineDecision("1", "UBND", World.TODAY), World.TODAY);
    ValidationException e = assertThrows(ValidationException.class,
        () -> world.homewatch.cases().register(world.enroller, stray));
    assertTrue(e.concerns("responsibleUnit"), e.getMessage());
  }

  @Test
  @DisplayName("an enroller of one commune cannot register a case in another")
  void enrollerScope() {
    Principal communeEnroller = Principal.staff(new AccountId("enroller-b"), World.COMMUNE_B, Role.ENROLLER);
    assertThrows(AccessDeniedException.class, () -> world.homewatch.cases().register(communeEnroller,
        NewCase.of(World.person("Mai Lan", World.COMMUNE_A, 1990), CaseCategory.F2,
            new QuarantineDecision("1", "UBND", World.TODAY), World.TODAY)));
  }

  @Test
  @DisplayName("the nurse's line list shows names in full; the district supervisor's shows them masked")
  void lineListMasking() {
    world.registerF2("Nguyễn Thị Lan", World.COMMUNE_A);
    world.registerF2("Trịnh Văn Minh", World.COMMUNE_B);
    List<CaseSummary> nurse = world.homewatch.cases()
        .lineList(world.nurseA, CaseQuery.in(World.COMMUNE_A), PageRequest.first(10)).items();
    assertEquals(List.of("Nguyễn Thị Lan"), nurse.stream().map(CaseSummary::name).toList());
    assertTrue(nurse.get(0).phone().startsWith("+849"));
    List<CaseSummary> district = world.homewatch.cases()
        .lineList(world.supervisor, CaseQuery.in(World.DISTRICT), PageRequest.first(10)).items();
    assertEquals(2, district.size());
    assertTrue(district.stream().allMatch(s -> s.name().contains(". ") && s.phone().contains("*")),
        district.toString());
    assertThrows(AccessDeniedException.class, () -> world.homewatch.cases()
        .lineList(world.nurseA, CaseQuery.in(World.DISTRICT), PageRequest.first(10)));
  }
}
