package org.homewatch.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to add when the starter cannot configure Homewatch: a storage, or the scope of background work. */
public class HomewatchFailureAnalyzer extends AbstractFailureAnalyzer<org.homewatch.ConfigurationException> {
  /** Created by Spring Boot from {@code META-INF/spring.factories}. */
  public HomewatchFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, org.homewatch.ConfigurationException cause) {
    if (cause instanceof MissingStorageException) {
      return new FailureAnalysis(cause.getMessage() + ".",
          "Give Homewatch a database: add spring-boot-starter-jdbc and a driver (org.postgresql:postgresql, or "
              + "com.h2database:h2 for a single node) and set spring.datasource.url; or define a bean of type "
              + "org.homewatch.spi.storage.Storage yourself (e.g. new MemoryStorage() for tests).",
          cause);
    }
    if (cause instanceof MissingScopeException) {
      return new FailureAnalysis(cause.getMessage() + ".",
          "Set homewatch.scope to the jurisdiction path of your province, e.g. homewatch.scope=GSO_2021:64, or "
              + "turn background work off on this node with homewatch.background.enabled=false.",
          cause);
    }
    return new FailureAnalysis("Homewatch's configuration was refused: " + cause.getMessage(),
        "Correct the homewatch.* property or bean the message names.", cause);
  }
}
