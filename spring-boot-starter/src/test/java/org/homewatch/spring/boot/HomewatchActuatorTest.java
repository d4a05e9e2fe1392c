package org.homewatch.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.homewatch.core.Homewatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Metrics, the health indicator and the property metadata: what the starter adds around Homewatch. */
class HomewatchActuatorTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HomewatchAutoConfiguration.class))
      .withBean(DataSource.class, HomewatchAutoConfigurationTest::h2)
      .withPropertyValues("homewatch.scope=GSO_2021:64", "homewatch.channels.recording.name=sms",
          "homewatch.background.enabled=false");

  @Test
  @DisplayName("with a MeterRegistry bean, Homewatch records its meters there, open-alert gauges for the scope")
  void metrics() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      Scenario.lowSpo2(context.getBean(Homewatch.class));
      assertThat(registry.get("homewatch.declarations").counter().count()).isEqualTo(1);
      assertThat(registry.get("homewatch.outbox.messages").tag("status", "pending").gauge().value()).isEqualTo(1);
      assertThat(registry.find("homewatch.alerts.open").gauges()).isNotEmpty();
    });
  }

  @Test
  @DisplayName("without Micrometer on the class path the context starts and Homewatch works")
  void withoutMicrometer() {
    runner.withClassLoader(new FilteredClassLoader("io.micrometer")).run(context -> {
      assertThat(context).hasNotFailed();
      Scenario.lowSpo2(context.getBean(Homewatch.class));
    });
  }

  @Test
  @DisplayName("the health indicator reports the outbox and overdue alerts, DOWN when the outbox is not drained")
  void health() {
    runner.withPropertyValues("homewatch.health.max-outbox-pending=0").run(context -> {
      HealthIndicator indicator = context.getBean("homewatchHealthIndicator", HealthIndicator.class);
      Health before = indicator.health();
      assertThat(before.getStatus()).isEqualTo(Status.UP);
      assertThat(before.getDetails()).containsEntry("outboxPending", 0L).containsEntry("outboxFailed", 0L)
          .containsEntry("overdueAlerts", 0);

      Scenario.lowSpo2(context.getBean(Homewatch.class));
      Health after = indicator.health();
      assertThat(after.getStatus()).isEqualTo(Status.DOWN);
      assertThat(after.getDetails()).containsEntry("outboxPending", 1L);
      assertThat(after.getDetails().toString()).doesNotContain("Nguyễn", "0912345678", Scenario.NURSE_ADDRESS);
    });
  }

  @Test
  @DisplayName("the health indicator is DOWN when an alert has been overdue longer than max-overdue")
  void healthOverdue() {
    MovableClock clock = new MovableClock();
    runner.withBean(java.time.Clock.class, () -> clock).withPropertyValues("homewatch.health.max-overdue=PT2H")
        .run(context -> {
          HealthIndicator indicator = context.getBean("homewatchHealthIndicator", HealthIndicator.class);
          Scenario.lowSpo2(context.getBean(Homewatch.class));
          assertThat(indicator.health().getDetails()).containsEntry("overdueAlerts", 0);

          clock.advance(java.time.Duration.ofMinutes(65)); // past the deadline (15 min EMERGENCY, 1 h ABNORMAL)
          Health overdue = indicator.health();
          assertThat(overdue.getDetails()).containsEntry("overdueAlerts", 1);
          assertThat(overdue.getStatus()).isEqualTo(Status.UP);

          clock.advance(java.time.Duration.ofHours(3));
          Health stale = indicator.health();
          assertThat(stale.getStatus()).isEqualTo(Status.DOWN);
          assertThat(stale.getDetails().get("reason").toString()).contains("escalation is not running");
        });
  }

  /** The system clock, moved forward by hand (in every zone it is asked for). */
  static final class MovableClock extends java.time.Clock {
    private final java.util.concurrent.atomic.AtomicReference<java.time.Duration> offset;
    private final java.time.ZoneId zone;

    MovableClock() {
      this(new java.util.concurrent.atomic.AtomicReference<>(java.time.Duration.ZERO),
          java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private MovableClock(java.util.concurrent.atomic.AtomicReference<java.time.Duration> offset,
        java.time.ZoneId zone) {
      this.offset = offset;
      this.zone = zone;
    }

    void advance(java.time.Duration by) {
      offset.updateAndGet(o -> o.plus(by));
    }

    @Override
    public java.time.ZoneId getZone() {
      return zone;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId other) {
      return new MovableClock(offset, other);
    }

    @Override
    public java.time.Instant instant() {
      return java.time.Instant.now().plus(offset.get());
    }
  }

  @Test
  @DisplayName("the health indicator is DOWN when storage does not answer")
  void healthStorageDown() {
    runner.run(context -> {
      HealthIndicator indicator = context.getBean("homewatchHealthIndicator", HealthIndicator.class);
      context.getBean(Homewatch.class).close();
      try (var c = context.getBean(DataSource.class).getConnection(); var s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
      assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    });
  }

  @Test
  @DisplayName("without actuator there is no health indicator, and management.health.homewatch.enabled=false "
      + "turns it off")
  void healthOptional() {
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate")).run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean("homewatchHealthIndicator"));
    runner.withPropertyValues("management.health.homewatch.enabled=false").run(context ->
        assertThat(context).doesNotHaveBean("homewatchHealthIndicator"));
  }

  @Test
  @DisplayName("the property metadata lists every homewatch.* property with a description, for IDE completion")
  void metadata() throws Exception {
    String json;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated by the configuration processor").isNotNull();
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String property : new String[] {"homewatch.scope", "homewatch.locale", "homewatch.zone",
        "homewatch.node-id", "homewatch.rule-set", "homewatch.monitoring-policy", "homewatch.person-channel",
        "homewatch.spot-checks", "homewatch.outbox-lease", "homewatch.channels", "homewatch.storage.migrate",
        "homewatch.background.enabled", "homewatch.background.batch-size", "homewatch.background.dispatch-every",
        "homewatch.background.escalation-every", "homewatch.background.case-work-every",
        "homewatch.background.shutdown-timeout", "homewatch.health.max-outbox-pending",
        "homewatch.health.max-overdue"}) {
      assertThat(json).contains("\"name\": \"" + property + "\"");
    }
    assertThat(json).contains("The jurisdiction this portal serves");
    assertThat(json).as("hints from additional-spring-configuration-metadata.json").contains("\"moh4038\"");
  }
}
