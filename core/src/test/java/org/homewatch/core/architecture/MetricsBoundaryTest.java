package org.homewatch.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.homewatch.core.Homewatch;
import org.homewatch.core.internal.MicrometerMetrics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is optional: one class touches it, and the builder names its registry type in one option's signature
 * (a signature loads nothing until that option is called). Any other use would load Micrometer on every start.
 */
class MetricsBoundaryTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.homewatch.core");

  @Test
  @DisplayName("only MicrometerMetrics (and the builder's meterRegistry option) depend on Micrometer")
  void micrometerStaysInOneClass() {
    noClasses().that().doNotBelongToAnyOf(MicrometerMetrics.class, Homewatch.Builder.class, Homewatch.class)
        .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
        .check(CORE);
  }
}
