package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.homewatch.model.Alert;
import org.homewatch.model.IsolationCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NobodyOnDutyTest {
  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("when nobody is on duty at the commune, the alert goes straight to the district")
  void straightToDistrict() {
    world.homewatch.accounts().setOnDuty(world.admin, world.nurseA.account(), false);
    IsolationCase c = world.registerF2("Võ Thị Giang", World.COMMUNE_A);
    Alert alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(92)))
        .alert().orElseThrow();
    assertEquals(1, alert.escalationLevel());
    world.homewatch.notifications().dispatch(world.system, 100);
    assertEquals(0, world.channel.sentTo("nurse-a").size());
    assertEquals(1, world.channel.sentTo("district").size());
  }
}
