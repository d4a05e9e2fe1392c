package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.homewatch.ConflictException;
import java.time.Duration;
import java.util.Set;
import org.homewatch.AccessDeniedException;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.core.declarations.SubmissionResult;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Submitter;
import org.homewatch.model.Vitals;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeclarationSubmissionTest {
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Lê Văn Cường", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  private long storedDeclarations() {
    return world.homewatch.declarations().history(world.nurseA, c.id(), PageRequest.first(100)).items().size();
  }

  @Test
  @DisplayName("submitting the same declaration id twice returns the first result and stores nothing new")
  void idempotent() {
    NewDeclaration low = world.declaration(c, World.spo2(95));
    SubmissionResult first = world.homewatch.declarations().submit(world.citizen(c), low);
    long messages = world.outbox(OutboxMessage.Status.PENDING);
    world.clock.advance(Duration.ofMinutes(3));
    SubmissionResult again = world.homewatch.declarations().submit(world.citizen(c), low);

    assertTrue(again.duplicate());
    assertEquals(first.declaration(), again.declaration());
    assertEquals(first.assessment(), again.assessment());
    assertTrue(again.alerts().isEmpty());
    assertEquals(1, storedDeclarations());
    assertEquals(messages, world.outbox(OutboxMessage.Status.PENDING), "no second notification");
    assertEquals(1, world.homewatch.cases().get(world.nurseA, c.id()).monitoring().declarationCount());
  }

  @Test
  @DisplayName("a retry that arrives after the case was escalated to hospital still gets its first result")
  void idempotentAfterTheCaseClosed() {
    NewDeclaration low = world.declaration(c, World.spo2(95));
    SubmissionResult first = world.homewatch.declarations().submit(world.citizen(c), low);
    IsolationCase stored = world.homewatch.cases().get(world.nurseA, c.id());
    world.homewatch.lifecycle().escalate(world.nurseA, c.id(), stored.version(), "Bệnh viện dã chiến số 1");

    SubmissionResult again = world.homewatch.declarations().submit(world.citizen(c), low);

    assertTrue(again.duplicate());
    assertEquals(first.declaration(), again.declaration());
    // a new declaration for the closed case is refused
    assertThrows(ConflictException.class,
        () -> world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(97))));
  }

  @Test
  @DisplayName("SpO2 140 or 80 °C never reaches storage: the form is rejected naming the field")
  void implausibleVitals() {
    ValidationException spo2 = assertThrows(ValidationException.class,
        () -> world.declaration(c, Vitals.builder().spo2Percent(140).build()));
    assertTrue(spo2.concerns("vitals.spo2Percent"));
    ValidationException fever = assertThrows(ValidationException.class,
        () -> world.declaration(c, Vitals.builder().temperatureCelsius(80).build()));
    assertTrue(fever.concerns("vitals.temperatureCelsius"));
    assertEquals(0, storedDeclarations());
  }

  @Test
  @DisplayName("an observation time in the future is rejected naming observedAt, and nothing is stored")
  void futureObservation() {
    NewDeclaration future = NewDeclaration.of(DeclarationId.random(), c.id(),
        world.clock.instant().plus(Duration.ofHours(2)), World.normal(), Set.of());
    ValidationException e = assertThrows(ValidationException.class,
        () -> world.homewatch.declarations().submit(world.citizen(c), future));
    assertTrue(e.concerns("observedAt"), e.getMessage());
    assertEquals(0, storedDeclarations());
  }

  @Test
  @DisplayName("a declaration for an unknown case is NotFound and stores nothing")
  void unknownCase() {
    NewDeclaration orphan = NewDeclaration.of(DeclarationId.random(), CaseId.random(), world.clock.instant(),
        World.normal(), Set.of());
    assertThrows(NotFoundException.class, () -> world.homewatch.declarations().submit(world.nurseA, orphan));
    assertEquals(0, world.outbox(OutboxMessage.Status.PENDING));
  }

  @Test
  @DisplayName("a household head declares for a dependant as PROXY; a stranger may not declare at all")
  void householdAndStrangers() {
    IsolationCase head = world.registerF2("Lê Thị Dung", World.COMMUNE_A);
    IsolationCase child = world.homewatch.cases().register(world.enroller,
        org.homewatch.model.NewCase.of(World.person("Lê Minh Em", World.COMMUNE_A, 2017),
            org.homewatch.model.CaseCategory.F2, c.decision(), World.TODAY).withHouseholdHead(head.person().id()));
    SubmissionResult byHead = world.homewatch.declarations().submit(world.citizen(head),
        world.declaration(child, World.normal()));
    assertEquals(Submitter.Kind.PROXY, byHead.declaration().submittedBy().kind());

    Principal stranger = world.citizen(c);
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.declarations().submit(stranger, world.declaration(child, World.normal())));
    Principal staffElsewhere = world.nurseB;
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.declarations().submit(staffElsewhere, world.declaration(child, World.normal())));

    SubmissionResult byNurse = world.homewatch.declarations().submit(world.nurseA,
        world.declaration(child, World.normal()));
    assertEquals(Submitter.Kind.STAFF, byNurse.declaration().submittedBy().kind());
    assertEquals(new AccountId("nurse-a"), byNurse.declaration().submittedBy().account());
  }

  @Test
  @DisplayName("a worse declaration raises the open alert and pages again; an equal one adds nothing")
  void raiseNotDuplicate() {
    SubmissionResult abnormal = world.homewatch.declarations().submit(world.citizen(c),
        world.declaration(c, World.spo2(96)));
    assertEquals(1, abnormal.alerts().size());
    world.clock.advance(Duration.ofMinutes(30));
    SubmissionResult same = world.homewatch.declarations().submit(world.citizen(c),
        world.declaration(c, World.spo2(95)));
    assertTrue(same.alerts().isEmpty(), "same severity: the nurse already has it");
    world.clock.advance(Duration.ofMinutes(30));
    SubmissionResult worse = world.homewatch.declarations().submit(world.citizen(c),
        world.declaration(c, World.spo2(91)));
    assertEquals(abnormal.alert().orElseThrow().id(), worse.alert().orElseThrow().id(), "one alert per case and kind");
    assertEquals(org.homewatch.model.Severity.EMERGENCY, worse.alert().orElseThrow().severity());
    world.homewatch.notifications().dispatch(world.system, 100);
    assertEquals(2, world.channel.sentTo("nurse-a").size());
    assertEquals("alert.raised", world.channel.sentTo("nurse-a").get(1).templateKey());
  }
}
