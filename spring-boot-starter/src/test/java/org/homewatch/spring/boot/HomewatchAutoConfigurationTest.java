package org.homewatch.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.homewatch.ConfigurationException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.HomewatchJobs;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.core.schedule.MonitoringPolicy;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.homewatch.storage.memory.MemoryStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class HomewatchAutoConfigurationTest {
  /** A fresh in-memory H2 database per context. */
  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:hw-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  /** The least a portal configures: a DataSource, the province, an SMS channel plugin. */
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HomewatchAutoConfiguration.class))
      .withBean(DataSource.class, HomewatchAutoConfigurationTest::h2)
      .withPropertyValues("homewatch.scope=GSO_2021:64", "homewatch.channels.recording.name=sms");

  @BeforeEach
  void clear() {
    RecordingChannelProvider.SENT.clear();
    RecordingChannelProvider.FINISHED.clear();
    RecordingChannelProvider.started = new CountDownLatch(1);
  }

  @Test
  @DisplayName("with a DataSource, the province and a channel, Homewatch runs on JDBC with MoH 261 and its jobs run")
  void defaults() {
    runner.withPropertyValues("homewatch.background.dispatch-every=PT0.05S").run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(Homewatch.class).hasSingleBean(HomewatchBackgroundWork.class);
      assertThat(context.getBean(Storage.class)).isInstanceOf(JdbcStorage.class);
      Homewatch homewatch = context.getBean(Homewatch.class);
      assertThat(homewatch.ruleSet().ref().id()).isEqualTo("moh261");
      assertThat(context.getBean(HomewatchBackgroundWork.class).isRunning()).isTrue();

      Scenario.lowSpo2(homewatch);
      waitUntil(() -> RecordingChannelProvider.SENT.contains(Scenario.NURSE_ADDRESS));
    });
  }

  @Test
  @DisplayName("a RandomSpotChecks bean reaches the builder: its job is among the ones the starter runs")
  void randomSpotChecksBean() {
    runner.withPropertyValues("homewatch.background.enabled=false")
        .withBean(RandomSpotChecks.class, () -> RandomSpotChecks.of(2, java.time.LocalTime.of(7, 0),
            java.time.LocalTime.of(21, 0), org.homewatch.model.CaseCategory.F1))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(HomewatchJobs.all(context.getBean(Homewatch.class), Duration.ofMinutes(1)))
              .anyMatch(job -> job.name().equals(HomewatchJobs.RANDOM_SPOT_CHECKS));
        });
    runner.withPropertyValues("homewatch.background.enabled=false").run(context ->
        assertThat(HomewatchJobs.all(context.getBean(Homewatch.class), Duration.ofMinutes(1)))
            .noneMatch(job -> job.name().equals(HomewatchJobs.RANDOM_SPOT_CHECKS)));
  }

  @Test
  @DisplayName("Spring Boot's own DataSource from spring.datasource.url is used, migrated by default")
  void springDataSource() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HomewatchAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=jdbc:h2:mem:boot-ds;DB_CLOSE_DELAY=-1",
            "homewatch.scope=GSO_2021:64", "homewatch.channels.recording.name=sms",
            "homewatch.background.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(HomewatchBackgroundWork.class);
          Scenario.lowSpo2(context.getBean(Homewatch.class));
        });
  }

  @Test
  @DisplayName("every homewatch.* property reaches the builder or the jobs")
  void everyProperty() {
    List<String> refused = new ArrayList<>();
    runner.withPropertyValues("homewatch.locale=en", "homewatch.zone=Asia/Bangkok", "homewatch.node-id=portal-2",
        "homewatch.rule-set=classpath:homewatch/province-rules.json",
        "homewatch.monitoring-policy=classpath:homewatch/policy.json", "homewatch.person-channel=zalo",
        "homewatch.channels.recording.name=zalo", "homewatch.spot-checks=false", "homewatch.outbox-lease=PT45S",
        "homewatch.storage.migrate=true", "homewatch.background.batch-size=50",
        "homewatch.background.dispatch-every=PT2S", "homewatch.background.escalation-every=PT20S",
        "homewatch.background.case-work-every=PT3M", "homewatch.background.shutdown-timeout=PT7S",
        "homewatch.background.slot-settlement-every=PT20M",
        "homewatch.health.max-outbox-pending=10", "homewatch.health.max-overdue=PT9M",
        "homewatch.presence-verification-timeout=PT4S")
        .withBean(org.homewatch.spi.identity.PresenceVerifier.class, () -> new Undecided("ekyc-bean"))
        .withBean(org.homewatch.spi.identity.IdentityProvider.class, () -> new NobodyKnown("vneid-bean"))
        .withBean("probe", HomewatchBuilderCustomizer.class, () -> builder -> {
          // Setting an option twice is refused with the value already set: that shows what the properties set.
          List<Runnable> again = List.of(() -> builder.locale(java.util.Locale.ROOT),
              () -> builder.clock(java.time.Clock.systemUTC()), () -> builder.nodeId("x"),
              () -> builder.personChannel("x"), () -> builder.spotChecks(true),
              () -> builder.outboxLease(Duration.ofSeconds(1)), () -> builder.ruleSet(RuleSets.moh4038()),
              () -> builder.monitoringPolicy(MonitoringPolicy.shipped()),
              () -> builder.presenceVerificationTimeout(Duration.ofSeconds(1)),
              () -> builder.presenceVerifier(new Undecided("another")),
              () -> builder.identityProvider(new NobodyKnown("another")));
          for (Runnable r : again) {
            try {
              r.run();
            } catch (ConfigurationException e) {
              refused.add(e.getMessage());
            }
          }
        })
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(refused).hasSize(11);
          assertThat(String.join("\n", refused)).contains("locale was already set to en",
              "clock was already set to SystemClock[Asia/Bangkok]", "nodeId was already set to portal-2",
              "personChannel was already set to zalo", "spotChecks was already set to false",
              "outboxLease was already set to PT45S", "presenceVerificationTimeout was already set to PT4S",
              "presenceVerifier was already set to ekyc-bean", "identityProvider was already set to vneid-bean");
          Homewatch homewatch = context.getBean(Homewatch.class);
          assertThat(homewatch.ruleSet().ref().id()).isEqualTo("gia-lai-test");
          assertThat(homewatch.monitoringPolicy().id()).isEqualTo("gia-lai-policy");
          assertThatThrownBy(homewatch::spotChecks).isInstanceOf(ConfigurationException.class);
          HomewatchProperties p = context.getBean(HomewatchProperties.class);
          assertThat(p.getBackground().getBatchSize()).isEqualTo(50);
          assertThat(p.getBackground().getDispatchEvery()).isEqualTo(Duration.ofSeconds(2));
          assertThat(p.getBackground().getEscalationEvery()).isEqualTo(Duration.ofSeconds(20));
          assertThat(p.getBackground().getCaseWorkEvery()).isEqualTo(Duration.ofMinutes(3));
          assertThat(p.getBackground().getSlotSettlementEvery()).isEqualTo(Duration.ofMinutes(20));
          assertThat(p.getBackground().getShutdownTimeout()).isEqualTo(Duration.ofSeconds(7));
          assertThat(p.getHealth().getMaxOutboxPending()).isEqualTo(10);
          assertThat(p.getHealth().getMaxOverdue()).isEqualTo(Duration.ofMinutes(9));
          assertThat(p.getStorage().isMigrate()).isTrue();
        });
  }

  @Test
  @DisplayName("a RetentionPolicy bean reaches the builder, and the retention purge's cadence is a property")
  void retentionPolicyBean() {
    org.homewatch.core.retention.RetentionPolicy policy = org.homewatch.core.retention.RetentionPolicy.defaults()
        .withProvince(org.homewatch.model.JurisdictionPath.parse("GSO_2021:64"),
            org.homewatch.core.retention.Retention.ofClosedCases(90));
    runner.withPropertyValues("homewatch.background.retention-purge-every=PT6H")
        .withBean(org.homewatch.core.retention.RetentionPolicy.class, () -> policy)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(Homewatch.class).retention().policy()).isSameAs(policy);
          assertThat(context.getBean(HomewatchProperties.class).getBackground().getRetentionPurgeEvery())
              .isEqualTo(Duration.ofHours(6));
        });
  }

  @Test
  @DisplayName("homewatch.texts and homewatch.rule-messages name the portal's override bundle and the province's rule "
      + "messages; without the latter a rule set of the province's own words is refused, naming the property's fix")
  void textBundles() {
    runner.withPropertyValues("homewatch.rule-set=classpath:homewatch/province-own-words.json",
        "homewatch.texts=homewatch.portal-texts", "homewatch.rule-messages=homewatch.province-messages")
        .run(context -> {
          assertThat(context).hasNotFailed();
          Homewatch homewatch = context.getBean(Homewatch.class);
          assertThat(homewatch.texts().template("severity.EMERGENCY", java.util.Locale.forLanguageTag("vi")))
              .isEqualTo("KHẨN CẤP");
          assertThat(homewatch.texts().ruleMessage("gialai.rules.night_sweats", java.util.Locale.ENGLISH))
              .contains("Fever with night sweats");
        });
    runner.withPropertyValues("homewatch.rule-set=classpath:homewatch/province-own-words.json")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("gialai.rules.night_sweats").hasMessageContaining("ruleMessages"));
  }

  @Test
  @DisplayName("with migrations off, Homewatch leaves the schema alone: an empty database is refused, naming the fix")
  void migrationsOff() throws Exception {
    DataSource database = h2();
    ApplicationContextRunner onDatabase = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HomewatchAutoConfiguration.class))
        .withBean(DataSource.class, () -> database)
        .withPropertyValues("homewatch.channels.recording.name=sms", "homewatch.background.enabled=false");
    onDatabase.withPropertyValues("homewatch.storage.migrate=false").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("migrate(true)");
    });
    assertThat(homewatchTables(database)).isEmpty();
    onDatabase.run(context -> assertThat(context).hasNotFailed());
    assertThat(homewatchTables(database)).as("migrated by default").isNotEmpty();
    onDatabase.withPropertyValues("homewatch.storage.migrate=false").run(context -> {
      assertThat(context).hasNotFailed();
      Scenario.lowSpo2(context.getBean(Homewatch.class));
    });
  }

  private static List<String> homewatchTables(DataSource database) throws java.sql.SQLException {
    List<String> names = new ArrayList<>();
    try (var c = database.getConnection();
         var tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        String name = tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("hw_")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  @Test
  @DisplayName("every bean backs off when the application defines its own")
  void replaceable() {
    MemoryStorage storage = new MemoryStorage();
    RuleSet rules = RuleSets.moh4038();
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HomewatchAutoConfiguration.class))
        .withPropertyValues("homewatch.channels.recording.name=sms", "homewatch.background.enabled=false")
        .withBean(Storage.class, () -> storage)
        .withBean(RuleSet.class, () -> rules)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(Storage.class)).isSameAs(storage);
          assertThat(context.getBean(Homewatch.class).ruleSet()).isSameAs(rules);
        });
    Homewatch own = Homewatch.builder().storage(new MemoryStorage())
        .channel(org.homewatch.spi.notification.AlertChannel.noop("sms")).build();
    runner.withBean(Homewatch.class, () -> own)
        .withBean(HomewatchBackgroundWork.class, () -> new HomewatchBackgroundWork(own,
            org.homewatch.model.Principal.system(Scenario.PROVINCE), new HomewatchProperties.Background()))
        .run(context -> {
          assertThat(context).hasSingleBean(Homewatch.class).hasSingleBean(HomewatchBackgroundWork.class);
          assertThat(context.getBean(Homewatch.class)).isSameAs(own);
        });
  }

  @Test
  @DisplayName("without a DataSource or a Storage the start fails, and the failure analysis names the fix")
  void missingStorage() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HomewatchAutoConfiguration.class))
        .withPropertyValues("homewatch.scope=GSO_2021:64", "homewatch.channels.recording.name=sms")
        .run(context -> {
          assertThat(context).hasFailed();
          FailureAnalysis analysis = new HomewatchFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis).isNotNull();
          assertThat(analysis.getDescription()).contains("no javax.sql.DataSource", "Storage");
          assertThat(analysis.getAction()).contains("spring.datasource.url", "spring-boot-starter-jdbc",
              "org.homewatch.spi.storage.Storage");
        });
  }

  @Test
  @DisplayName("background work without homewatch.scope fails the start, and the analysis names the property")
  void missingScope() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HomewatchAutoConfiguration.class))
        .withBean(DataSource.class, HomewatchAutoConfigurationTest::h2)
        .withPropertyValues("homewatch.channels.recording.name=sms")
        .run(context -> {
          assertThat(context).hasFailed();
          FailureAnalysis analysis = new HomewatchFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis.getAction()).contains("homewatch.scope=GSO_2021:64",
              "homewatch.background.enabled=false");
        });
  }

  @Test
  @DisplayName("the failure analyzer is registered, so Spring Boot prints its analysis")
  void analyzerRegistered() {
    assertThat(org.springframework.core.io.support.SpringFactoriesLoader
        .loadFactoryNames(org.springframework.boot.diagnostics.FailureAnalyzer.class, getClass().getClassLoader()))
        .contains(HomewatchFailureAnalyzer.class.getName());
  }

  @Test
  @DisplayName("closing the context lets a delivery in progress finish before the storage closes")
  void gracefulShutdown() throws Exception {
    runner.withPropertyValues("homewatch.channels.recording.delay=PT0.4S",
        "homewatch.background.dispatch-every=PT0.05S").run(context -> {
          Scenario.lowSpo2(context.getBean(Homewatch.class));
          assertThat(RecordingChannelProvider.started.await(10, TimeUnit.SECONDS)).isTrue();
          context.close();
          assertThat(RecordingChannelProvider.FINISHED).containsExactly(Scenario.NURSE_ADDRESS);
        });
  }

  static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 10 s");
      }
      Thread.sleep(20);
    }
  }

  /** A presence verifier bean that never decides, named by its toString so that the refusal names it. */
  private record Undecided(String name) implements org.homewatch.spi.identity.PresenceVerifier {
    @Override
    public org.homewatch.model.PresenceCheck.Result verify(org.homewatch.spi.identity.PresenceClaim claim) {
      return org.homewatch.model.PresenceCheck.Result.NOT_PERFORMED;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** An identity provider bean that knows nobody, named by its toString so that the refusal names it. */
  private record NobodyKnown(String name) implements org.homewatch.spi.identity.IdentityProvider {
    @Override
    public java.util.Optional<org.homewatch.spi.identity.ExternalIdentity> identify(String subject) {
      return java.util.Optional.empty();
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
