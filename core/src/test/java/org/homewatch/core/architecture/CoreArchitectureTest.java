package org.homewatch.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The boundaries DESIGN.md draws around core. */
class CoreArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.homewatch.core");

  @Test
  @DisplayName("core touches no java.sql, javax.sql or storage module: storage is reached only through the SPI")
  void noStorageTechnology() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "org.homewatch.storage..")
        .check(CORE);
  }

  @Test
  @DisplayName("nothing in core reads the system clock on its own: time comes from the injected Clock")
  void noAmbientTime() {
    noClasses().should().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .check(CORE);
  }

  @Test
  @DisplayName("every package of core is @NullMarked")
  void nullMarked() {
    java.util.Set<String> packages = new java.util.TreeSet<>();
    CORE.forEach(c -> packages.add(c.getPackageName()));
    for (String pkg : packages) {
      classes().that().resideInAPackage(pkg).and().haveSimpleName("package-info")
          .should().beAnnotatedWith("org.jspecify.annotations.NullMarked")
          .allowEmptyShould(false)
          .because(pkg + " must declare @NullMarked in package-info.java")
          .check(CORE);
    }
  }

  @Test
  @DisplayName("only MicrometerMetrics (and the builder's meterRegistry option) depend on Micrometer, which is "
      + "optional: any other use would load it on every start")
  void micrometerStaysInOneClass() {
    noClasses().that().doNotBelongToAnyOf(org.homewatch.core.internal.MicrometerMetrics.class,
            org.homewatch.core.Homewatch.Builder.class, org.homewatch.core.Homewatch.class)
        .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
        .check(CORE);
  }
}
