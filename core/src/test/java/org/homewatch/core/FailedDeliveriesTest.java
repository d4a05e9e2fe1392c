package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.model.AccountId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Messages that failed for good are listed for administrators in scope and can be re-queued (issue 13.7). */
class FailedDeliveriesTest {
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Phạm Văn Đức", World.COMMUNE_A);
  private final Principal districtAdmin =
      Principal.staff(new AccountId("district-admin"), World.DISTRICT, Role.ADMINISTRATOR);
  private final Principal otherDistrictAdmin =
      Principal.staff(new AccountId("other-admin"), World.PROVINCE.child("634"), Role.ADMINISTRATOR);

  @AfterEach
  void close() {
    world.close();
  }

  private OutboxMessage failedPage() {
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(95)));
    world.channel.answerNext(DeliveryResult.permanentFailure("gateway out of credit"));
    world.homewatch.notifications().dispatch(world.system, 100);
    List<OutboxMessage> failed = world.homewatch.failedDeliveries()
        .list(districtAdmin, World.DISTRICT, PageRequest.first(10)).items();
    assertEquals(1, failed.size());
    return failed.get(0);
  }

  @Test
  @DisplayName("an administrator of the district lists the page that failed for good, with its reason, and "
      + "re-queues it; it is delivered at the next dispatch, and both are audited")
  void listAndRequeue() {
    OutboxMessage failed = failedPage();
    assertEquals(List.of("nurse-a", "gateway out of credit"), List.of(failed.notification().recipient().address(),
        failed.lastError().orElseThrow()));

    OutboxMessage back = world.homewatch.failedDeliveries().requeue(districtAdmin, failed.id());
    assertEquals(OutboxMessage.Status.PENDING, back.status());
    assertEquals(List.of(), world.homewatch.failedDeliveries()
        .list(districtAdmin, World.DISTRICT, PageRequest.first(10)).items());
    int before = world.channel.sentTo("nurse-a").size();
    world.homewatch.notifications().dispatch(world.system, 100);
    List<Notification> toNurse = world.channel.sentTo("nurse-a");
    assertEquals(before + 1, toNurse.size());
    assertEquals("alert.opened", toNurse.get(toNurse.size() - 1).templateKey());
    assertEquals(1, world.auditCount("outbox.requeue"));
    assertEquals(2, world.auditCount("outbox.failed"));
  }

  @Test
  @DisplayName("re-queuing twice is a conflict; another district's administrator and a nurse may neither list nor "
      + "re-queue it")
  void refusals() {
    OutboxMessage failed = failedPage();
    world.homewatch.failedDeliveries().requeue(districtAdmin, failed.id());
    assertThrows(ConflictException.class,
        () -> world.homewatch.failedDeliveries().requeue(districtAdmin, failed.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.failedDeliveries()
        .list(otherDistrictAdmin, World.DISTRICT, PageRequest.first(10)));
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.failedDeliveries().requeue(otherDistrictAdmin, failed.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.failedDeliveries()
        .list(world.nurseA, World.COMMUNE_A, PageRequest.first(10)));
  }
}
