package org.homewatch.spi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The boundaries DESIGN.md draws around the SPI jar. */
class SpiArchitectureTest {
  private static final JavaClasses SPI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.homewatch");

  @Test
  @DisplayName("nothing in the SPI jar touches java.sql, javax.sql or an implementation module")
  void noStorageTechnology() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "org.homewatch.core..", "org.homewatch.storage..")
        .check(SPI);
  }

  @Test
  @DisplayName("model types are immutable: every instance field is final and there are no setters (builders aside)")
  void modelIsImmutable() {
    fields().that().areDeclaredInClassesThat().resideInAPackage("org.homewatch.model")
        .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
        .and().areNotStatic()
        .should().beFinal()
        .check(SPI);
    noMethods().that().areDeclaredInClassesThat().resideInAPackage("org.homewatch.model")
        .should().haveNameMatching("set[A-Z].*")
        .check(SPI);
  }

  @Test
  @DisplayName("SPI method signatures use only Homewatch model and SPI types and java.* types")
  void spiSignatures() {
    methods().that().areDeclaredInClassesThat().resideInAnyPackage("org.homewatch.spi..")
        .and().arePublic()
        .should(useOnly("org.homewatch.", "java."))
        .check(SPI);
  }

  @Test
  @DisplayName("every package of the SPI jar is @NullMarked")
  void nullMarked() {
    Set<String> packages = new HashSet<>();
    SPI.forEach(c -> packages.add(c.getPackageName()));
    for (String pkg : packages) {
      classes().that().resideInAPackage(pkg).and().haveSimpleName("package-info")
          .should().beAnnotatedWith("org.jspecify.annotations.NullMarked")
          .allowEmptyShould(false)
          .because(pkg + " must declare @NullMarked in package-info.java")
          .check(SPI);
    }
  }

  private static ArchCondition<JavaMethod> useOnly(String... prefixes) {
    DescribedPredicate<JavaClass> allowed = new DescribedPredicate<>("allowed") {
      @Override
      public boolean test(JavaClass type) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        if (base.isPrimitive()) {
          return true;
        }
        for (String prefix : prefixes) {
          if (base.getName().startsWith(prefix)) {
            return true;
          }
        }
        return false;
      }
    };
    return new ArchCondition<>("use only " + String.join(", ", prefixes) + " types") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        Set<JavaClass> used = new HashSet<>(method.getRawParameterTypes());
        used.add(method.getRawReturnType());
        for (JavaClass type : used) {
          if (!allowed.test(type)) {
            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " uses " + type.getName()));
          }
        }
      }
    };
  }
}
