package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.homewatch.ValidationException;
import org.homewatch.core.cases.DuplicateCaseException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issues 10.4, 10.12 and 10.14: what is refused at the edge, naming the field, with nothing stored. */
class QuestionableInputTest {
  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  private NewCase bornIn(BirthDate birth) {
    Person p = World.person("Y Blô Niê", World.COMMUNE_A, 1980);
    Person born = new Person(p.id(), p.fullName(), birth, p.sex(), p.phone(), p.nationalId(), p.home());
    return NewCase.of(born, CaseCategory.F2, new QuarantineDecision("4/QĐ", "UBND", World.TODAY), World.TODAY);
  }

  private int cases() {
    return world.storage.inTransaction(tx -> tx.cases().list(CaseQuery.in(World.PROVINCE), PageRequest.first(100)))
        .items().size();
  }

  @Test
  @DisplayName("a birth date in the future (2954, tomorrow) or more than 120 years ago is refused naming "
      + "person.birthDate; 1954 is accepted")
  void birthDates() {
    for (BirthDate birth : List.of(BirthDate.ofYear(2954), BirthDate.of(World.TODAY.plusDays(1)),
        BirthDate.ofYear(1890), BirthDate.of(World.TODAY.minusYears(121)))) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> world.homewatch.cases().register(world.enroller, bornIn(birth)));
      assertTrue(e.concerns("person.birthDate"), birth + ": " + e.getMessage());
    }
    assertEquals(0, cases());
    world.homewatch.cases().register(world.enroller, bornIn(BirthDate.ofYear(1954)));
    world.homewatch.cases().register(world.enroller, bornIn(BirthDate.of(World.TODAY)).asNewQuarantineOfKnownPerson());
  }

  @Test
  @DisplayName("a declaration with no measurement and no symptom is refused naming vitals")
  void emptyDeclaration() {
    IsolationCase c = world.registerF2("Lê Thị Hoa", World.COMMUNE_A);
    ValidationException e = assertThrows(ValidationException.class,
        () -> NewDeclaration.of(DeclarationId.random(), c.id(), world.clock.instant(), Vitals.NONE, Set.of()));
    assertTrue(e.concerns("vitals"), e.getMessage());
    NewDeclaration.of(DeclarationId.random(), c.id(), world.clock.instant(), Vitals.NONE, Set.of(Symptom.COUGH));
  }

  @Test
  @DisplayName("a symptom code the rules in force do not know (sneezing) is refused naming symptoms; nothing is stored")
  void unknownSymptom() {
    IsolationCase c = world.registerF2("Lê Thị Hoa", World.COMMUNE_A);
    NewDeclaration sneezing = world.declaration(c, World.normal(), Symptom.of("sneezing"), Symptom.COUGH);
    ValidationException e = assertThrows(ValidationException.class,
        () -> world.homewatch.declarations().submit(world.citizen(c), sneezing));
    assertTrue(e.concerns("symptoms") && e.getMessage().contains("sneezing"), e.getMessage());
    var batch = world.homewatch.declarations().submitAll(world.citizen(c), List.of(sneezing));
    assertEquals(0, batch.acceptedCount(), batch.toString());
    assertEquals(0, world.storage.inTransaction(tx -> tx.declarations().observedBetween(c.id(),
        World.START.minusSeconds(60), World.START.plusSeconds(3600), 10)).size());
    // moh261 declares the children's signs it uses, e.g. grunting, beyond Symptom's constants
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.normal(),
        Symptom.of("grunting")));
  }

  @Test
  @DisplayName("a 100 kB display name is refused naming displayName")
  void hugeDisplayName() {
    ValidationException e = assertThrows(ValidationException.class, () -> new Account(new AccountId("nurse-z"),
        "Y".repeat(100_000), Set.of(Role.MONITOR), World.COMMUNE_A, List.of(), true, true, 0));
    assertTrue(e.concerns("displayName"), e.getMessage());
  }

  @Test
  @DisplayName("the same unit twice in one import refuses the whole import naming the second; nothing is imported")
  void sameUnitTwice() {
    var commune = World.DISTRICT.child("23950");
    ValidationException e = assertThrows(ValidationException.class, () -> world.homewatch.jurisdictions()
        .importUnits(world.admin, List.of(new Jurisdiction(commune, "Xã Ia Blang"),
            new Jurisdiction(World.DISTRICT.child("23953"), "Xã Ia Ko"), new Jurisdiction(commune, "Xã Ia Pal"))));
    assertTrue(e.concerns("units[2]"), e.getMessage());
    assertTrue(world.homewatch.jurisdictions().find(commune).isEmpty());
    assertTrue(world.homewatch.jurisdictions().find(World.DISTRICT.child("23953")).isEmpty());
  }

  @Test
  @DisplayName("a null principal, a null input record and null feedback fields are ValidationExceptions naming them")
  void nulls() {
    IsolationCase c = world.registerF2("Lê Thị Hoa", World.COMMUNE_A);
    assertTrue(assertThrows(ValidationException.class, () -> world.homewatch.cases().register(null,
        NewCase.of(World.person("A", World.COMMUNE_A, 1990), CaseCategory.F2,
            new QuarantineDecision("1", "UBND", World.TODAY), World.TODAY))).concerns("principal"));
    assertTrue(assertThrows(ValidationException.class, () -> world.homewatch.cases().register(world.enroller, null))
        .concerns("newCase"));
    assertTrue(assertThrows(ValidationException.class, () -> world.homewatch.declarations().submit(
        world.citizen(c), null)).concerns("input"));
    assertTrue(assertThrows(ValidationException.class, () -> world.homewatch.feedback().submit(world.citizen(c),
        null, FeedbackTopic.MEDICINE, "hết thuốc")).concerns("caseId"));
    assertTrue(assertThrows(ValidationException.class, () -> world.homewatch.feedback().submit(world.citizen(c),
        c.id(), null, "hết thuốc")).concerns("topic"));
    assertTrue(assertThrows(ValidationException.class, () -> world.homewatch.feedback().submit(world.citizen(c),
        c.id(), FeedbackTopic.MEDICINE, null)).concerns("text"));
  }

  @Test
  @DisplayName("NUL, ESC, BEL and a bidi override in a feedback text are refused naming text")
  void controlCharactersInFeedback() {
    IsolationCase c = world.registerF2("Lê Thị Hoa", World.COMMUNE_A);
    for (String bad : List.of("\u0000", "\u001b[31m", "\u0007", "\u202e")) {
      ValidationException e = assertThrows(ValidationException.class, () -> world.homewatch.feedback()
          .submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, "hết thuốc" + bad));
      assertTrue(e.concerns("text"), e.getMessage());
    }
    // line breaks are part of a message
    world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, "hết thuốc\nxin gửi thêm");
  }

  @Test
  @DisplayName("Hoà (old tone placement) and Hòa (new) with the same phone and birth date are the same person")
  void toneMarkSpellings() {
    Person old = World.person("Nguyễn Thị Hoà", World.COMMUNE_A, 1985);
    world.homewatch.cases().register(world.enroller, NewCase.of(old, CaseCategory.F2,
        new QuarantineDecision("2/QĐ", "UBND", World.TODAY), World.TODAY));
    Person typedNewStyle = new Person(org.homewatch.model.PersonId.random(), "Nguyễn Thị Hòa", old.birthDate(),
        old.sex(), old.phone(), old.nationalId(), old.home());
    assertThrows(DuplicateCaseException.class, () -> world.homewatch.cases().register(world.enroller,
        NewCase.of(typedNewStyle, CaseCategory.F2, new QuarantineDecision("3/QĐ", "UBND", World.TODAY),
            World.TODAY)));
    assertEquals(Person.comparableName("Thuỷ"), Person.comparableName("THỦY"));
    assertTrue(!Person.comparableName("Hòa").equals(Person.comparableName("Hóa"))
        && !Person.comparableName("Hòa").equals(Person.comparableName("Hoa")));
  }

  @Test
  @DisplayName("LocalDate.MAX as a start is a ValidationException naming start, not a DateTimeException")
  void maxStart() {
    assertTrue(assertThrows(ValidationException.class, () -> world.homewatch.cases().register(world.enroller,
        NewCase.of(World.person("A", World.COMMUNE_A, 1990), CaseCategory.F2,
            new QuarantineDecision("1", "UBND", World.TODAY), LocalDate.MAX))).concerns("start"));
  }
}
