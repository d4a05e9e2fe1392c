package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.homewatch.ConfigurationException;
import org.homewatch.model.Alert;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final World world = new World(b -> b.meterRegistry(registry).metricsScope(World.PROVINCE));

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("stored declarations are counted by severity once, and every submit call is timed by its outcome")
  void declarationsBySeverity() {
    IsolationCase c = world.registerF2("Trần Thị Mai", World.COMMUNE_A);
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.normal()));
    NewDeclaration low = world.declaration(c, World.spo2(93));
    Severity judged = world.homewatch.declarations().submit(world.citizen(c), low).assessment().severity();
    world.homewatch.declarations().submit(world.citizen(c), low); // a retried upload
    world.homewatch.declarations().submitAll(world.citizen(c), List.of(world.declaration(c, World.normal())));

    assertEquals(2, registry.get("homewatch.declarations").tag("severity", "NORMAL").counter().count());
    assertEquals(1, registry.get("homewatch.declarations").tag("severity", judged.name()).counter().count());
    assertEquals(2, registry.get("homewatch.declarations.submission").tags("call", "submit", "outcome", "accepted")
        .timer().count());
    assertEquals(1, registry.get("homewatch.declarations.submission").tags("call", "submit", "outcome", "duplicate")
        .timer().count());
    assertEquals(1, registry.get("homewatch.declarations.submission").tags("call", "submitAll").timer().count());
  }

  @Test
  @DisplayName("the time from an alert's opening to its acknowledgement is recorded by kind and severity")
  void timeToAcknowledge() {
    IsolationCase c = world.registerF2("Lê Văn Hùng", World.COMMUNE_A);
    Alert alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(93)))
        .alert().orElseThrow();
    world.clock.advance(Duration.ofMinutes(7));
    world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());

    var timer = registry.get("homewatch.alerts.acknowledgement")
        .tags("kind", alert.kind().name(), "severity", alert.severity().name()).timer();
    assertEquals(1, timer.count());
    assertEquals(7 * 60, timer.totalTime(TimeUnit.SECONDS), 0.001);
  }

  @Test
  @DisplayName("the open-alert and outbox gauges read storage, at most once per 30 seconds")
  void gaugesFromStorage() {
    IsolationCase c = world.registerF2("Phạm Thị Lan", World.COMMUNE_A);
    Alert alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(93)))
        .alert().orElseThrow();
    String severity = alert.severity().name();
    assertEquals(1, openAlerts(alert, 0));
    assertEquals(world.outbox(OutboxMessage.Status.PENDING), outbox("pending"));
    assertTrue(outbox("pending") > 0, "the nurse's notification waits in the outbox");

    world.homewatch.notifications().dispatch(world.system, 100);
    assertTrue(outbox("pending") > 0, "still the snapshot read before the dispatch");
    world.clock.advance(Duration.ofSeconds(30));
    assertEquals(0, outbox("pending"), "read again once the snapshot is 30 seconds old");
    assertEquals(0, outbox("failed"));

    world.clock.advance(Duration.ofHours(2));
    world.homewatch.alerts().escalateOverdue(world.system, 100);
    assertEquals(0, openAlerts(alert, 0));
    assertEquals(1, openAlerts(alert, 1), "escalated to the district: level 1");
    assertEquals(0, registry.get("homewatch.alerts.open").tags("kind", "FEEDBACK", "severity", severity, "level", "0")
        .gauge().value());
  }

  @Test
  @DisplayName("the background jobs' batches are timed and sized per job, and deliveries per channel")
  void jobsAndDeliveries() {
    IsolationCase c = world.registerF2("Đỗ Văn Nam", World.COMMUNE_A);
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(93)));
    ManualScheduledExecutor executor = new ManualScheduledExecutor();
    try (BackgroundScheduler ignored = BackgroundScheduler.builder().executor(executor).principal(world.system)
        .standardJobs(world.homewatch).start()) {
      executor.advance(Duration.ZERO);
    }
    assertTrue(registry.get("homewatch.outbox.delivery").tags("channel", "test", "outcome", "delivered").timer()
        .count() > 0);
    assertEquals(1, registry.get("homewatch.jobs.batch").tags("job", HomewatchJobs.OUTBOX_DISPATCH,
        "outcome", "success").timer().count());
    assertTrue(registry.get("homewatch.jobs.batch.size").tag("job", HomewatchJobs.OUTBOX_DISPATCH).summary()
        .totalAmount() > 0, "the batch leased the nurse's notification");
    assertTrue(registry.get("homewatch.jobs.batch").tags("job", HomewatchJobs.MISSED_DECLARATION_SWEEP)
        .timer().count() >= 1);
  }

  @Test
  @DisplayName("no tag of any meter carries a name, phone number or id used in a scenario")
  void noPersonalDataInTags() {
    IsolationCase c = world.registerF2("Nguyễn Thị Hoa", World.COMMUNE_A);
    NewDeclaration declaration = world.declaration(c, World.spo2(92));
    Alert alert = world.homewatch.declarations().submit(world.citizen(c), declaration).alert().orElseThrow();
    ManualScheduledExecutor executor = new ManualScheduledExecutor();
    try (BackgroundScheduler ignored = BackgroundScheduler.builder().executor(executor).principal(world.system)
        .standardJobs(world.homewatch).start()) {
      executor.advance(Duration.ZERO);
      world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
      world.clock.advance(Duration.ofMinutes(1));
      executor.advance(Duration.ofMinutes(1));
    }
    List<String> personal = List.of(c.person().fullName(), c.person().phone().toString(),
        c.person().phone().toString().replaceAll("\\D", ""), c.person().id().toString(), c.id().toString(),
        alert.id().toString(), declaration.id().toString(), world.nurseA.account().value(),
        world.citizen(c).account().value(), "Nguyễn", "Hoa");
    Set<String> tagKeys = new TreeSet<>();
    List<String> values = new ArrayList<>();
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        tagKeys.add(tag.getKey());
        values.add(tag.getValue());
      }
    }
    assertTrue(values.size() > 20, "the scenario produced tagged meters: " + values);
    for (String value : values) {
      for (String p : personal) {
        assertFalse(value.contains(p) || p.contains(value) && value.length() > 3,
            "tag value '" + value + "' carries personal data '" + p + "'");
      }
    }
    assertEquals(new TreeSet<>(List.of("call", "channel", "job", "kind", "level", "outcome", "severity", "status")),
        tagKeys, "only the documented tag keys");
  }

  @Test
  @DisplayName("closing Homewatch removes its meters from a registry that lives on")
  void closeRemovesMeters() {
    world.registerF2("Vũ Văn Tâm", World.COMMUNE_A);
    assertFalse(registry.getMeters().isEmpty());
    world.close();
    assertEquals(List.of(), registry.getMeters());
  }

  @Test
  @DisplayName("a metrics scope without a registry is refused, naming both options")
  void scopeNeedsRegistry() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> new World(b -> b.metricsScope(World.PROVINCE)));
    assertTrue(e.getMessage().contains("meterRegistry") && e.getMessage().contains("metricsScope"), e.getMessage());
  }

  private double openAlerts(Alert alert, int level) {
    world.clock.advance(Duration.ofSeconds(30));
    return registry.get("homewatch.alerts.open").tags("kind", alert.kind().name(),
        "severity", alert.severity().name(), "level", Integer.toString(level)).gauge().value();
  }

  private double outbox(String status) {
    return registry.get("homewatch.outbox.messages").tag("status", status).gauge().value();
  }
}
