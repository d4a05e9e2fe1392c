package org.homewatch.examples.portal;

import java.time.Clock;
import org.homewatch.spi.notification.AlertChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the portal adds to the Spring Boot starter's wiring: the starter builds Homewatch on the application's
 * {@code DataSource} (H2 in memory here, {@code spring.datasource.url}) and runs its background jobs for
 * {@code homewatch.scope}; the portal supplies its alert channel and the clock it shares with Homewatch.
 */
@Configuration(proxyBeanMethods = false)
class HomewatchConfiguration {

  /** One clock for Homewatch (the starter takes the application's unique Clock) and the portal's own pages. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Staff and people alike are reached by "sms" here; a province registers its gateway and Zalo channel. */
  @Bean
  AlertChannel smsChannel() {
    return new LoggingSmsChannel();
  }
}
