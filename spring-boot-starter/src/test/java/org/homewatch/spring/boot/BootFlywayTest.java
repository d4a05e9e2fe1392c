package org.homewatch.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.homewatch.core.Homewatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A portal that keeps Spring Boot's own Flyway for its own tables, on the Flyway version Spring Boot manages (this
 * module's build runs on it): both schemas migrate, each with its own history, and neither sees the other's scripts.
 */
class BootFlywayTest {
  @Test
  @DisplayName("Spring Boot's Flyway migrates the portal's db/migration and Homewatch its own, on Boot's Flyway version")
  void bothMigrate() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(
            DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class, HomewatchAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=jdbc:h2:mem:boot-flyway;DB_CLOSE_DELAY=-1",
            "homewatch.scope=GSO_2021:64", "homewatch.channels.recording.name=sms",
            "homewatch.background.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed();
          JdbcTemplate sql = new JdbcTemplate(context.getBean(DataSource.class));
          // Boot's history holds the portal's one script and nothing of Homewatch's.
          assertThat(sql.queryForList("SELECT \"script\" FROM \"flyway_schema_history\""
              + " WHERE \"success\" AND \"version\" IS NOT NULL", String.class)).containsExactly("V1__portal_notes.sql");
          assertThat(sql.queryForObject("SELECT COUNT(*) FROM portal_note", Integer.class)).isZero();
          assertThat(sql.queryForObject(
              "SELECT COUNT(*) FROM \"homewatch_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL",
              Integer.class)).isGreaterThan(5);
          Scenario.lowSpo2(context.getBean(Homewatch.class));
        });
  }
}
