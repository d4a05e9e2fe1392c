package org.homewatch.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each capability of core owns its internals: {@code org.homewatch.core.X.internal} is used only by
 * {@code org.homewatch.core.X} and by the wiring ({@link org.homewatch.core.Homewatch}); other capabilities call
 * X's public port. Services are built by the wiring only.
 */
class CapabilityBoundariesTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.homewatch.core");
  private static final Pattern CAPABILITY_INTERNAL = Pattern.compile("org\\.homewatch\\.core\\.(\\w+)\\.internal(\\..*)?");

  /** Homewatch and its nested classes (the builder): the one place that knows every implementation. */
  private static final DescribedPredicate<JavaClass> WIRING = DescribedPredicate.describe("the wiring (Homewatch)",
      c -> c.getName().equals("org.homewatch.core.Homewatch") || c.getName().startsWith("org.homewatch.core.Homewatch$"));

  private static Set<String> capabilitiesWithInternals() {
    Set<String> found = new TreeSet<>();
    CORE.forEach(c -> {
      Matcher m = CAPABILITY_INTERNAL.matcher(c.getPackageName());
      if (m.matches()) {
        found.add(m.group(1));
      }
    });
    return found;
  }

  @Test
  @DisplayName("a capability's internal package is used only by that capability and by the wiring")
  void internalsStayInsideTheirCapability() {
    Set<String> capabilities = capabilitiesWithInternals();
    assertFalse(capabilities.isEmpty(), "no org.homewatch.core.X.internal package was found");
    for (String x : capabilities) {
      String capability = "org.homewatch.core." + x;
      noClasses().that().resideOutsideOfPackage(capability + "..").and(DescribedPredicate.not(WIRING))
          .should().dependOnClassesThat().resideInAPackage(capability + ".internal..")
          .because(capability + ".internal is " + x + "'s own: other capabilities call " + capability
              + "'s public port")
          .check(CORE);
    }
  }

  @Test
  @DisplayName("services (the objects Homewatch hands out) are constructed by the wiring only")
  void servicesAreBuiltByTheWiringOnly() {
    DescribedPredicate<JavaConstructorCall> constructsAService = DescribedPredicate.describe("a service",
        call -> {
          JavaClass owner = call.getTargetOwner();
          return owner.getPackageName().startsWith("org.homewatch.core.")
              && (owner.getSimpleName().endsWith("Service") || owner.getSimpleName().equals("NotificationDispatcher"));
        });
    noClasses().that(DescribedPredicate.not(WIRING))
        .should().callConstructorWhere(constructsAService)
        .because("a service's constructor takes core's plumbing (transactions, ports), which only Homewatch wires")
        .check(CORE);
  }
}
