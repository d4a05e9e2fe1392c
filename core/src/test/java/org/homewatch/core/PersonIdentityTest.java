package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.core.cases.DuplicateCaseException;
import org.homewatch.model.AccountId;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.NationalId;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 10.9 (one person id, one person) and 10.11 (duplicate detection does not leak across provinces). */
class PersonIdentityTest {
  private static final JurisdictionPath HCMC = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79");
  private static final JurisdictionPath HCMC_COMMUNE = HCMC.child("760").child("26734");
  private final World world = new World();
  private final QuarantineDecision decision = new QuarantineDecision("7/QĐ", "UBND", World.TODAY);

  @AfterEach
  void close() {
    world.close();
  }

  private IsolationCase register(Principal enroller, Person p) {
    return world.homewatch.cases().register(enroller, NewCase.of(p, CaseCategory.F2, decision, World.TODAY));
  }

  @Test
  @DisplayName("a second person registered under an existing person id is refused, and cannot read the first case")
  void onePersonIdOnePerson() {
    IsolationCase mai = world.registerF2("Ngô Thị Mai", World.COMMUNE_A);
    Person intruder = new Person(mai.person().id(), "Trần Văn Bình", BirthDate.ofYear(1990),
        mai.person().sex(), PhoneNumber.parse("0912000111"), Optional.empty(), mai.person().home());

    ConflictException e = assertThrows(ConflictException.class, () -> register(world.enroller, intruder));

    assertTrue(e.getMessage().contains("already identifies another person"), e.getMessage());
    assertFalse(e.getMessage().contains("Ngô"), "says nothing about the other person: " + e.getMessage());
    assertEquals(1, world.auditCount("case.register"), "only Mai's case exists");
  }

  @Test
  @DisplayName("the same person under the same person id is a duplicate (named), and a new quarantine links to it")
  void samePersonIdSamePerson() {
    IsolationCase mai = world.registerF2("Ngô Thị Mai", World.COMMUNE_A);
    Person again = new Person(mai.person().id(), "NGÔ THỊ MAI", mai.person().birthDate(), mai.person().sex(),
        PhoneNumber.parse("0912000111"), Optional.of(new NationalId("064180000123")), mai.person().home());
    DuplicateCaseException e = assertThrows(DuplicateCaseException.class, () -> register(world.enroller, again));
    assertEquals(Optional.of(mai.id()), e.existingCase());
    assertTrue(e.getMessage().contains("same person id"), e.getMessage());
    IsolationCase linked = world.homewatch.cases().register(world.enroller,
        NewCase.of(again, CaseCategory.F2, decision, World.TODAY).asNewQuarantineOfKnownPerson());
    assertEquals(Optional.of(mai.id()), linked.previousCase());
  }

  @Test
  @DisplayName("an enroller of another province learns only that the person is monitored elsewhere, and the lookup "
      + "is audited under the case's commune")
  void noLeakAcrossProvinces() {
    Principal admin79 = Principal.staff(new AccountId("admin-79"), HCMC, Role.ADMINISTRATOR);
    world.homewatch.jurisdictions().importUnits(admin79, List.of(new Jurisdiction(HCMC, "Hồ Chí Minh"),
        new Jurisdiction(HCMC.child("760"), "Quận 1"), new Jurisdiction(HCMC_COMMUNE, "Phường Bến Nghé")));
    Principal enroller79 = Principal.staff(new AccountId("enroller-79"), HCMC, Role.ENROLLER);
    Person lan = withNationalId(World.person("Lê Thị Lan", World.COMMUNE_A, 1975), "064175000321");
    IsolationCase existing = register(world.enroller, lan);
    Person probe = withNationalId(World.person("Someone", HCMC_COMMUNE, 1975), "064175000321");

    DuplicateCaseException e = assertThrows(DuplicateCaseException.class, () -> register(enroller79, probe));

    assertEquals(Optional.empty(), e.existingCase());
    assertFalse(e.getMessage().contains(existing.id().toString()), e.getMessage());
    assertFalse(e.getMessage().contains(World.COMMUNE_A.code()), e.getMessage());
    assertTrue(e.getMessage().contains("monitored elsewhere"), e.getMessage());
    List<AuditEvent> looked = world.storage.inTransaction(tx -> tx.audit().list(World.COMMUNE_A,
        World.START.minusSeconds(1), PageRequest.first(100))).items().stream()
        .filter(a -> a.action().equals("case.duplicate") && a.actor().equals(enroller79.account())).toList();
    assertEquals(1, looked.size(), "the lookup is on record where Lan's commune looks");
    assertEquals(World.COMMUNE_A, looked.get(0).unit());

    IsolationCase newQuarantine = world.homewatch.cases().register(enroller79,
        NewCase.of(probe, CaseCategory.F2, decision, World.TODAY).asNewQuarantineOfKnownPerson());
    assertEquals(Optional.empty(), newQuarantine.previousCase(), "a case outside the enroller's scope is not linked");
    assertThrows(AccessDeniedException.class, () -> world.homewatch.cases().get(enroller79, existing.id()));
  }

  private static Person withNationalId(Person p, String id) {
    return new Person(p.id(), p.fullName(), p.birthDate(), p.sex(), p.phone(), Optional.of(new NationalId(id)),
        p.home());
  }
}
