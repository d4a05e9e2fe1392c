package org.homewatch.examples.portal;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.homewatch.core.BackgroundScheduler;
import org.homewatch.core.Homewatch;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Homewatch wired by hand, as a portal does without the Spring Boot starter: a storage, the channels, a clock, and
 * the background jobs on an executor the portal owns (Homewatch starts no thread of its own).
 */
@Configuration(proxyBeanMethods = false)
class HomewatchConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * On H2 in memory by default, because the demo world is seeded anew at every start; {@code portal.h2-url}
   * names another database, which must be empty. Closing Homewatch closes its storage.
   */
  @Bean(destroyMethod = "close")
  Homewatch homewatch(Clock clock,
      @Value("${portal.h2-url:jdbc:h2:mem:homewatch-portal;DB_CLOSE_DELAY=-1}") String url) {
    Storage storage = JdbcStorage.builder().url(url).migrate(true).build();
    // Staff and people alike are reached by "sms" here; a province adds its own gateway and Zalo channel.
    return Homewatch.builder().storage(storage).channel(new LoggingSmsChannel()).clock(clock).build();
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService homewatchExecutor() {
    return Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "homewatch-jobs");
      t.setDaemon(true);
      return t;
    });
  }

  /** Outbox delivery, escalation, the missed-declaration sweep and the rest, for the whole province. */
  @Bean(destroyMethod = "close")
  BackgroundScheduler backgroundJobs(Homewatch homewatch, ScheduledExecutorService homewatchExecutor,
      DemoWorld world) {
    return BackgroundScheduler.builder().executor(homewatchExecutor)
        .principal(Principal.system(DemoWorld.PROVINCE)).standardJobs(homewatch).start();
  }
}
