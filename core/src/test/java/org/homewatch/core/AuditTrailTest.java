package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.AccessDeniedException;
import org.homewatch.ValidationException;
import org.homewatch.model.AccountId;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditQuery;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13.6: the audit trail is read through Homewatch, by case, by actor, by unit subtree and period. */
class AuditTrailTest {
  private final World world = new World();
  private final IsolationCase hoa = world.registerF2("Nguyễn Thị Hoà", World.COMMUNE_A);
  private final IsolationCase lan = world.registerF2("Rơ Mah Lan", World.COMMUNE_B);
  private final Instant from = World.START.minusSeconds(60);
  private final Instant to = World.START.plus(Duration.ofDays(1));

  @AfterEach
  void close() {
    world.close();
  }

  private List<AuditEvent> all(Principal reader, AuditQuery query, int limit) {
    List<AuditEvent> events = new ArrayList<>();
    PageRequest request = PageRequest.first(limit);
    while (true) {
      Page<AuditEvent> page = world.homewatch.audit().query(reader, query, request);
      events.addAll(page.items());
      if (!page.hasNext()) {
        return events;
      }
      request = request.next(page);
    }
  }

  @Test
  @DisplayName("a supervisor sees who read a person's case, and nothing about another case")
  void byCase() {
    world.clock.advance(Duration.ofMinutes(5));
    world.homewatch.cases().get(world.nurseA, hoa.id());
    world.homewatch.cases().get(world.supervisor, lan.id());

    List<AuditEvent> events = all(world.supervisor, AuditQuery.aboutCase(World.DISTRICT, hoa.id(), from, to), 10);

    assertTrue(events.stream().anyMatch(e -> e.action().equals("case.read") && e.actor().equals(
        world.nurseA.account())), events.toString());
    assertTrue(events.stream().allMatch(e -> e.targetId().equals(hoa.id().toString())), events.toString());
  }

  @Test
  @DisplayName("by actor: an administrator sees what one account did, oldest first, page by page")
  void byActor() {
    for (int i = 0; i < 5; i++) {
      world.clock.advance(Duration.ofMinutes(1));
      world.homewatch.cases().get(world.nurseA, hoa.id());
    }
    world.homewatch.cases().get(world.supervisor, hoa.id());

    List<AuditEvent> events = all(world.admin, AuditQuery.in(World.PROVINCE, from, to).by(world.nurseA.account()), 2);

    assertEquals(5, events.size(), events.toString());
    assertTrue(events.stream().allMatch(e -> e.actor().equals(world.nurseA.account())));
    List<Instant> times = events.stream().map(AuditEvent::at).toList();
    assertEquals(times.stream().sorted().toList(), times);
  }

  @Test
  @DisplayName("by unit subtree and period: commune B's events stay out of commune A's, and the period bounds them")
  void bySubtreeAndPeriod() {
    world.clock.advance(Duration.ofHours(2));
    Instant later = world.clock.instant();
    world.homewatch.cases().get(world.nurseA, hoa.id());
    world.homewatch.cases().get(world.nurseB, lan.id());

    List<AuditEvent> events = all(world.supervisor, AuditQuery.in(World.COMMUNE_A, later, to), 10);

    assertEquals(List.of("case.read"), events.stream().map(AuditEvent::action).toList());
    assertEquals(World.COMMUNE_A, events.get(0).unit());
  }

  @Test
  @DisplayName("reading the trail is itself audited, with what was asked and how much was served")
  void readingIsAudited() {
    world.homewatch.audit().query(world.supervisor, AuditQuery.aboutCase(World.DISTRICT, hoa.id(), from, to),
        PageRequest.first(10));
    world.clock.advance(Duration.ofMinutes(1));

    List<AuditEvent> reads = all(world.admin, AuditQuery.in(World.PROVINCE, from, to).by(world.supervisor.account())
        .about("audit", World.DISTRICT.toString()), 10);

    assertEquals(1, reads.size(), reads.toString());
    assertEquals("audit.read", reads.get(0).action());
    assertEquals(hoa.id().toString(), reads.get(0).details().get("targetId"));
    assertEquals("1", reads.get(0).details().get("served"));
  }

  @Test
  @DisplayName("a monitor, a citizen and a supervisor of another district are refused, the refusal audited")
  void refusals() {
    AuditQuery communeA = AuditQuery.in(World.COMMUNE_A, from, to);
    Principal otherDistrict = Principal.staff(new AccountId("sup-634"), World.PROVINCE.child("634"), Role.SUPERVISOR);
    for (Principal p : List.of(world.nurseA, world.citizen(hoa), otherDistrict)) {
      assertThrows(AccessDeniedException.class, () -> world.homewatch.audit().query(p, communeA,
          PageRequest.first(10)));
    }
    assertEquals(3, world.auditCount("access.denied"));
  }

  @Test
  @DisplayName("a period that ends before it starts, or a target without an id, is refused naming the field")
  void badQueries() {
    ValidationException period = assertThrows(ValidationException.class,
        () -> AuditQuery.in(World.PROVINCE, to, from));
    assertEquals("to", period.violations().get(0).path());
    ValidationException target = assertThrows(ValidationException.class, () -> new AuditQuery(World.PROVINCE, from,
        to, java.util.Optional.empty(), java.util.Optional.of("case"), java.util.Optional.empty()));
    assertEquals("targetId", target.violations().get(0).path());
  }
}
