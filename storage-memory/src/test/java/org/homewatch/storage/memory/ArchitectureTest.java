package org.homewatch.storage.memory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.homewatch.storage.memory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noCore = noClasses().that().resideInAPackage("org.homewatch.storage.memory..")
      .should().dependOnClassesThat().resideInAPackage("org.homewatch.core..")
      .as("the memory storage depends on the SPI only, never on core");

  @ArchTest
  static final ArchRule noJdbc = noClasses().that().resideInAPackage("org.homewatch.storage.memory..")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
      .as("the memory storage uses no JDBC");

  @ArchTest
  static final ArchRule noTck = noClasses().that().resideInAPackage("org.homewatch.storage.memory..")
      .should().dependOnClassesThat().resideInAnyPackage("org.homewatch.storage.tck..", "org.junit..")
      .as("the memory storage's main code does not depend on its tests");
}
