package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.homewatch.AccessDeniedException;
import org.homewatch.NotFoundException;
import org.homewatch.core.cases.CaseCorrection;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A role that lacks the operation is refused before anything is read: the same AccessDeniedException (audited)
 * whether the case or message exists or not, so that the answer does not tell which ids exist.
 */
class RoleBeforeReadTest {
  private final World world = new World();
  private final Principal viewer = Principal.staff(new AccountId("viewer"), World.PROVINCE, Role.REPORT_VIEWER);

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("a report viewer correcting a case, an enroller correcting monitoring, a nurse re-queuing a message: "
      + "refused alike for an existing and a made-up id, and audited")
  void refusedAlike() {
    IsolationCase c = world.registerF2("Phạm Văn Đức", World.COMMUNE_A);
    CaseCorrection phone = new CaseCorrection.Phone(PhoneNumber.parse("0912 345 678"));
    CaseCorrection risks = new CaseCorrection.RiskFactors(java.util.Set.of());
    for (CaseId id : List.of(c.id(), CaseId.random())) {
      assertThrows(AccessDeniedException.class,
          () -> world.homewatch.corrections().correct(viewer, id, 0, phone, "gõ nhầm"));
      assertThrows(AccessDeniedException.class,
          () -> world.homewatch.corrections().correct(world.enroller, id, 0, risks, "gõ nhầm"));
    }
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.failedDeliveries().requeue(world.nurseA, OutboxMessageId.random()));
    assertThrows(NotFoundException.class, () -> world.homewatch.corrections().correct(world.nurseA, CaseId.random(),
        0, phone, "gõ nhầm"), "a role that may correct learns the id is unknown");
    assertEquals(5, world.auditCount("access.denied"));
  }
}
