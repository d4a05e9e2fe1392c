package org.homewatch.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.homewatch.ConfigurationException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.alerts.AlertPolicy;
import org.homewatch.core.notify.RetryPolicy;
import org.homewatch.core.retention.RetentionPolicy;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.core.schedule.MonitoringPolicy;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Principal;
import org.homewatch.spi.identity.IdentityProvider;
import org.homewatch.spi.identity.PresenceVerifier;
import org.homewatch.spi.identity.StaffDirectory;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Configures {@link Homewatch} from {@code homewatch.*} properties. Every bean backs off when the application
 * defines one of the same type (or, for the task scheduler, the same name), so any piece can be replaced:
 * {@link Storage}, {@link RuleSet}, {@link MonitoringPolicy}, {@link Homewatch} itself, the background work, the
 * health indicator. Beans of type {@link AlertChannel}, {@link StaffDirectory}, {@link PresenceVerifier},
 * {@link IdentityProvider} (the portal's login mapped onto Homewatch), {@link RandomSpotChecks}, {@link AlertPolicy},
 * {@link RetryPolicy}, {@link RetentionPolicy}, {@link Clock} and
 * {@link HomewatchBuilderCustomizer} are picked up when present.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(Homewatch.class)
@EnableConfigurationProperties(HomewatchProperties.class)
public class HomewatchAutoConfiguration {
  /** Created by Spring Boot from the auto-configuration imports. */
  public HomewatchAutoConfiguration() {}


  /**
   * Storage on the application's DataSource; Homewatch closes it (the DataSource stays the application's). Built
   * after the application's own database initialisation (Spring Boot's Flyway or Liquibase, schema.sql): those
   * refuse a schema that is not empty and has no history of theirs, while Homewatch's migrations start from a
   * baseline beside the portal's tables.
   */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  @DependsOnDatabaseInitialization
  Storage homewatchStorage(ObjectProvider<DataSource> dataSource, HomewatchProperties properties) {
    DataSource source = dataSource.getIfUnique();
    if (source == null) {
      throw new MissingStorageException();
    }
    return JdbcStorage.builder().dataSource(source).migrate(properties.getStorage().isMigrate()).build();
  }

  @Bean
  @ConditionalOnMissingBean
  RuleSet homewatchRuleSet(HomewatchProperties properties, ResourceLoader resources) {
    String ruleSet = properties.getRuleSet();
    Optional<? extends RuleSet> shipped = RuleSets.shipped(ruleSet);
    if (shipped.isPresent()) {
      return shipped.get();
    }
    return read(resources, "homewatch.rule-set", ruleSet, in -> RuleSets.load(ruleSet, in));
  }

  @Bean
  @ConditionalOnMissingBean
  MonitoringPolicy homewatchMonitoringPolicy(HomewatchProperties properties, ResourceLoader resources) {
    String location = properties.getMonitoringPolicy();
    if (location == null || location.isBlank()) {
      return MonitoringPolicy.shipped();
    }
    return read(resources, "homewatch.monitoring-policy", location, in -> MonitoringPolicy.load(in, location));
  }

  @Bean
  @ConditionalOnMissingBean
  Homewatch homewatch(HomewatchProperties properties, Storage storage, RuleSet ruleSet,
      MonitoringPolicy monitoringPolicy, ObjectProvider<Clock> clock, ObjectProvider<AlertChannel> channels,
      ObjectProvider<StaffDirectory> staffDirectory, ObjectProvider<PresenceVerifier> presenceVerifier,
      ObjectProvider<IdentityProvider> identityProvider, ObjectProvider<RandomSpotChecks> randomSpotChecks,
      ObjectProvider<AlertPolicy> alertPolicy, ObjectProvider<RetryPolicy> retryPolicy,
      ObjectProvider<RetentionPolicy> retentionPolicy, ObjectProvider<HomewatchBuilderCustomizer> customizers,
      ResourceLoader resources) {
    Homewatch.Builder builder = Homewatch.builder()
        .storage(storage)
        .ruleSet(ruleSet)
        .monitoringPolicy(monitoringPolicy)
        .clock(clock(properties, clock))
        .locale(Locale.forLanguageTag(properties.getLocale()))
        .personChannel(properties.getPersonChannel())
        .spotChecks(properties.isSpotChecks())
        .outboxLease(properties.getOutboxLease());
    properties.getTexts().forEach(builder::texts);
    properties.getRuleMessages().forEach(builder::ruleMessages);
    if (properties.getNodeId() != null && !properties.getNodeId().isBlank()) {
      builder.nodeId(properties.getNodeId());
    }
    ClassLoader classLoader = resources.getClassLoader() != null
        ? resources.getClassLoader() : HomewatchAutoConfiguration.class.getClassLoader();
    properties.getChannels().forEach((provider, config) -> builder.channel(provider, config, classLoader));
    channels.orderedStream().forEach(builder::channel);
    staffDirectory.ifAvailable(builder::staffDirectory);
    presenceVerifier.ifAvailable(builder::presenceVerifier);
    identityProvider.ifAvailable(builder::identityProvider);
    randomSpotChecks.ifAvailable(builder::randomSpotChecks);
    if (properties.getPresenceVerificationTimeout() != null) {
      builder.presenceVerificationTimeout(properties.getPresenceVerificationTimeout());
    }
    alertPolicy.ifAvailable(builder::alertPolicy);
    retryPolicy.ifAvailable(builder::retryPolicy);
    retentionPolicy.ifAvailable(builder::retentionPolicy);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  /** The application's unique Clock, or the system clock in {@code homewatch.zone}. */
  static Clock clock(HomewatchProperties properties, ObjectProvider<Clock> clock) {
    return clock.getIfUnique(() -> Clock.system(ZoneId.of(properties.getZone())));
  }

  static Optional<JurisdictionPath> scope(HomewatchProperties properties) {
    String scope = properties.getScope();
    return scope == null || scope.isBlank() ? Optional.empty() : Optional.of(JurisdictionPath.parse(scope.trim()));
  }

  private interface Reader<T> {
    T read(InputStream in);
  }

  private static <T> T read(ResourceLoader resources, String property, String location, Reader<T> reader) {
    Resource resource = resources.getResource(location);
    if (!resource.exists()) {
      throw new ConfigurationException(property + " names " + location + ", which does not exist (use e.g. "
          + "classpath:file.json or file:/path/file.json)");
    }
    try (InputStream in = resource.getInputStream()) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + property + " from " + location, e);
    }
  }

  /**
   * Background jobs on a TaskScheduler of their own (not a bean: the application's {@code @Scheduled} work keeps
   * its own scheduler, and a slow batch never holds it up).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "homewatch.background", name = "enabled", matchIfMissing = true)
  static class BackgroundConfiguration {
    @Bean
    @ConditionalOnMissingBean
    HomewatchBackgroundWork homewatchBackgroundWork(Homewatch homewatch, HomewatchProperties properties) {
      JurisdictionPath scope = scope(properties).orElseThrow(MissingScopeException::new);
      return new HomewatchBackgroundWork(homewatch, Principal.system(scope), properties.getBackground());
    }
  }

  /** Metrics on the application's MeterRegistry, when Micrometer is there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class MetricsConfiguration {
    @Bean
    HomewatchBuilderCustomizer homewatchMetrics(ObjectProvider<MeterRegistry> registry,
        HomewatchProperties properties) {
      return builder -> registry.ifUnique(r -> {
        builder.meterRegistry(r);
        scope(properties).ifPresent(builder::metricsScope);
      });
    }
  }

  /**
   * The health indicator, when Spring Boot Actuator is there. Two levels, because the inner condition's class is
   * actuator's own: it must not be looked at when actuator is absent.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator")
  static class HealthConfiguration {
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("homewatch")
    static class Enabled {
      @Bean
      @ConditionalOnMissingBean(name = "homewatchHealthIndicator")
      HomewatchHealthIndicator homewatchHealthIndicator(Storage storage, HomewatchProperties properties,
          ObjectProvider<Clock> clock) {
        return new HomewatchHealthIndicator(storage, clock(properties, clock), scope(properties),
            properties.getHealth());
      }
    }
  }
}
