package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.core.declarations.BatchResult;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BatchSubmissionTest {
  private final World world = new World();
  private final IsolationCase a1 = world.registerF2("Bùi Văn Nam", World.COMMUNE_A);
  private final IsolationCase a2 = world.registerF2("Bùi Thị Oanh", World.COMMUNE_A);
  private final IsolationCase b1 = world.registerF2("Lý Văn Phúc", World.COMMUNE_B);

  @AfterEach
  void close() {
    world.close();
  }

  private int stored(IsolationCase c) {
    return world.homewatch.declarations().history(world.supervisor, c.id(), PageRequest.first(100)).items().size();
  }

  @Test
  @DisplayName("bad declarations in a batch are reported by index and do not sink the others")
  void badOnesReportedByIndex() {
    NewDeclaration earlier = world.declaration(a1, World.normal());
    world.homewatch.declarations().submit(world.nurseA, earlier);
    world.clock.advance(Duration.ofMinutes(10));
    NewDeclaration twice = world.declaration(a2, World.normal());
    List<NewDeclaration> batch = new ArrayList<>(List.of(
        world.declaration(a1, World.normal()),                                        // 0 fine
        NewDeclaration.of(DeclarationId.random(), a2.id(), world.clock.instant().plus(Duration.ofHours(1)),
            World.normal(), Set.of()),                                                 // 1 in the future
        NewDeclaration.of(DeclarationId.random(), CaseId.random(), world.clock.instant(), World.normal(),
            Set.of()),                                                                 // 2 unknown case
        world.declaration(b1, World.normal()),                                        // 3 other commune
        earlier,                                                                       // 4 already stored
        twice,                                                                         // 5 fine
        twice,                                                                         // 6 same id again
        world.declaration(a2, World.spo2(92))));                                      // 7 emergency

    BatchResult result = world.homewatch.declarations().submitAll(world.nurseA, batch);

    assertEquals(8, result.items().size());
    assertInstanceOf(ValidationException.class, result.items().get(1).rejected().orElseThrow());
    assertInstanceOf(NotFoundException.class, result.items().get(2).rejected().orElseThrow());
    assertInstanceOf(AccessDeniedException.class, result.items().get(3).rejected().orElseThrow());
    assertTrue(result.items().get(4).accepted().orElseThrow().duplicate());
    assertInstanceOf(ConflictException.class, result.items().get(6).rejected().orElseThrow());
    assertEquals(1, result.items().get(7).accepted().orElseThrow().alerts().size());
    assertEquals(4, result.acceptedCount());

    assertEquals(2, stored(a1));
    assertEquals(2, stored(a2));
    assertEquals(0, stored(b1));
    assertEquals(2, world.homewatch.cases().get(world.nurseA, a2.id()).monitoring().declarationCount());
  }

  @Test
  @DisplayName("a batch gives the same assessments and case summaries as submitting one by one")
  void sameAsOneByOne() {
    World other = new World();
    try {
      IsolationCase c = world.registerF2("Hà Văn Quang", World.COMMUNE_A);
      IsolationCase twin = other.registerF2("Hà Văn Quang", World.COMMUNE_A);
      List<NewDeclaration> batch = new ArrayList<>();
      List<NewDeclaration> single = new ArrayList<>();
      int[] spo2 = {98, 96, 97, 93, 95};
      for (int i = 0; i < spo2.length; i++) {
        DeclarationId id = DeclarationId.random();
        batch.add(NewDeclaration.of(id, c.id(), World.START.plus(Duration.ofMinutes(i)), World.spo2(spo2[i]),
            Set.of()));
        single.add(NewDeclaration.of(id, twin.id(), World.START.plus(Duration.ofMinutes(i)), World.spo2(spo2[i]),
            Set.of()));
      }
      world.clock.advance(Duration.ofMinutes(10));
      other.clock.advance(Duration.ofMinutes(10));
      BatchResult result = world.homewatch.declarations().submitAll(world.nurseA, batch);
      for (int i = 0; i < single.size(); i++) {
        assertEquals(other.homewatch.declarations().submit(other.nurseA, single.get(i)).assessment().severity(),
            result.items().get(i).accepted().orElseThrow().assessment().severity());
      }
      assertEquals(other.homewatch.cases().get(other.nurseA, twin.id()).monitoring(),
          world.homewatch.cases().get(world.nurseA, c.id()).monitoring());
    } finally {
      other.close();
    }
  }
}
