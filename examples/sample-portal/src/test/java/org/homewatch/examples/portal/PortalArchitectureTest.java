package org.homewatch.examples.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What keeps the sample a sample of the public API: every read and write goes through Homewatch's services, which
 * check the principal, and every page escapes what it prints.
 */
class PortalArchitectureTest {
  private static final JavaClasses PORTAL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.homewatch.examples.portal");

  @Test
  @DisplayName("The portal reaches data only through Homewatch's services: no store, no storage module, no "
      + "internal package")
  void onlyThePublicApi() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.homewatch.spi.storage..",
            "org.homewatch.storage..", "org.homewatch..internal..")
        .because("a store read bypasses the access check and the audit every service does")
        .check(PORTAL);
  }

  @Test
  @DisplayName("Every template prints with th:text, which escapes; none prints unescaped with th:utext")
  void noTemplatePrintsUnescaped() throws IOException {
    Path templates = Path.of("src/main/resources/templates");
    List<Path> files;
    try (Stream<Path> found = Files.list(templates)) {
      files = found.filter(f -> f.toString().endsWith(".html")).toList();
    }
    assertTrue(files.size() >= 8, "the templates were found: " + files);
    for (Path file : files) {
      String html = Files.readString(file, StandardCharsets.UTF_8);
      assertEquals(-1, html.indexOf("utext"), file + " prints unescaped");
      assertEquals(-1, html.indexOf("[(${"), file + " inlines unescaped");
    }
  }
}
