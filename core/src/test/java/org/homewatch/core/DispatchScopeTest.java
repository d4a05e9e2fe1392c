package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.homewatch.core.notify.DispatchReport;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Background dispatch selects, in the outbox query, only the messages inside the caller's scope (issue 10.7). */
@DisplayName("Dispatch stays inside the caller's scope")
class DispatchScopeTest {
  private static final Principal HO_CHI_MINH_CITY_SYSTEM =
      Principal.system(JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79"));

  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  private void raiseAlert(String name, JurisdictionPath commune) {
    IsolationCase c = world.registerF2(name, commune);
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(94)));
  }

  @Test
  @DisplayName("another province's system principal dispatches and drains nothing of this province; this province's "
      + "delivers it")
  void otherProvinceDispatchesNothing() {
    raiseAlert("Đặng Văn Hùng", World.COMMUNE_A);
    long pending = world.outbox(OutboxMessage.Status.PENDING);

    assertEquals(DispatchReport.EMPTY, world.homewatch.notifications().dispatch(HO_CHI_MINH_CITY_SYSTEM, 10));
    assertEquals(DispatchReport.EMPTY, world.homewatch.notifications().drain(HO_CHI_MINH_CITY_SYSTEM, 10, 5));
    assertEquals(0, world.channel.sent().size());
    assertEquals(pending, world.outbox(OutboxMessage.Status.PENDING));

    assertEquals(pending, world.homewatch.notifications().dispatch(world.system, 10).delivered());
  }

  @Test
  @DisplayName("a commune's system principal delivers its own commune's messages, not its neighbour's")
  void communeScope() {
    raiseAlert("Đặng Văn Hùng", World.COMMUNE_A);
    raiseAlert("Lê Thị Lan", World.COMMUNE_B);
    long neighbours = world.outbox(OutboxMessage.Status.PENDING);

    DispatchReport own = world.homewatch.notifications().dispatch(Principal.system(World.COMMUNE_B), 100);

    assertEquals(own.leased(), own.delivered());
    assertEquals(neighbours - own.delivered(), world.outbox(OutboxMessage.Status.PENDING));
    world.channel.sent().forEach(n -> assertEquals(false, n.text().contains("Đặng"), n.text()));
    assertEquals(neighbours - own.delivered(), world.homewatch.notifications().dispatch(world.system, 100).delivered());
  }
}
