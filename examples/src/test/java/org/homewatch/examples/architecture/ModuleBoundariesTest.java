package org.homewatch.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cross-module rules of DESIGN.md, checked where every module is on the class path. Each module also guards
 * its own boundaries in its own tests.
 */
class ModuleBoundariesTest {
  private static final JavaClasses ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.homewatch");

  @Test
  @DisplayName("the SPI jar depends on no implementation: not core, not a storage, not an example")
  void spiDependsOnNothing() {
    noClasses().that().resideInAnyPackage("org.homewatch.model..", "org.homewatch.spi..")
        .should().dependOnClassesThat().resideInAnyPackage("org.homewatch.core..", "org.homewatch.storage..",
            "org.homewatch.examples..")
        .check(ALL);
  }

  @Test
  @DisplayName("storages and plugins never reach into core")
  void pluginsDoNotUseCore() {
    noClasses().that().resideInAnyPackage("org.homewatch.storage..", "org.homewatch.examples.plugin..")
        .should().dependOnClassesThat().resideInAPackage("org.homewatch.core..")
        .check(ALL);
  }

  @Test
  @DisplayName("core and the SPI touch no java.sql or javax.sql")
  void noSqlOutsideStorage() {
    noClasses().that().resideInAnyPackage("org.homewatch.core..", "org.homewatch.spi..", "org.homewatch.model..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .check(ALL);
  }

  @Test
  @DisplayName("internal packages are not used from outside their own module")
  void internalStaysInside() {
    noClasses().that().resideOutsideOfPackage("org.homewatch.core..")
        .should().dependOnClassesThat().resideInAPackage("org.homewatch.core..internal..")
        .check(ALL);
    noClasses().that().resideOutsideOfPackage("org.homewatch.storage.memory..")
        .should().dependOnClassesThat().resideInAPackage("org.homewatch.storage.memory..internal..")
        .check(ALL);
    noClasses().that().resideOutsideOfPackage("org.homewatch.storage.jdbc..")
        .should().dependOnClassesThat().resideInAPackage("org.homewatch.storage.jdbc..internal..")
        .allowEmptyShould(true)
        .check(ALL);
  }

  @Test
  @DisplayName("every SPI interface is called by core: the SPI promises no extension point that core ignores")
  void everySpiInterfaceIsUsedByCore() {
    classes().that().resideInAPackage("org.homewatch.spi..").and().areInterfaces().and().areTopLevelClasses()
        .and().doNotHaveSimpleName("package-info")
        .should(new ArchCondition<JavaClass>("be used by core") {
          @Override
          public void check(JavaClass spi, ConditionEvents events) {
            boolean used = spi.getDirectDependenciesToSelf().stream()
                .anyMatch(d -> d.getOriginClass().getPackageName().startsWith("org.homewatch.core"));
            if (!used) {
              events.add(SimpleConditionEvent.violated(spi, spi.getName() + " has no caller in org.homewatch.core"));
            }
          }
        })
        .check(ALL);
  }
}
