package org.homewatch.storage.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.homewatch.storage.jdbc",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  @ArchTest
  static final ArchRule noCore = noClasses().that().resideInAPackage("org.homewatch.storage.jdbc..")
      .should().dependOnClassesThat().resideInAPackage("org.homewatch.core..")
      .as("the JDBC storage depends on the SPI, never on core");

  @ArchTest
  static final ArchRule onlySpiFlywayAndJdk = classes().that().resideInAPackage("org.homewatch.storage.jdbc..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("org.homewatch.storage.jdbc..", "org.homewatch",
          "org.homewatch.model..", "org.homewatch.spi..", "org.flywaydb.core..", "org.jspecify.annotations..",
          "org.slf4j",
          "java..", "javax.sql..")
      .as("the JDBC storage depends on the SPI, Flyway, the SLF4J API and the JDK only (no driver, no JSON library)");

  @ArchTest
  static final ArchRule flywayStaysInMigrations = noClasses().that().resideInAPackage("org.homewatch.storage.jdbc..")
      .and().haveNameNotMatching(".*\\.Migrations(\\$.*)?")
      .and().resideOutsideOfPackage("org.homewatch.storage.jdbc.migration")
      .should().dependOnClassesThat().resideInAPackage("org.flywaydb..")
      .as("Flyway is used by Migrations (and its log adapter) and the Java migrations alone, so they are what to"
          + " change when Flyway does");

  @ArchTest
  static final ArchRule noTestCode = noClasses().that().resideInAPackage("org.homewatch.storage.jdbc..")
      .should().dependOnClassesThat().resideInAnyPackage("org.homewatch.storage.tck..", "org.junit..")
      .as("the main code does not depend on its tests");
}
