package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.homewatch.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportCounterTest {
  private static final JurisdictionPath COMMUNE =
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633", "23941");
  private static final LocalDate DAY = LocalDate.of(2021, 8, 16);
  /** The rule as the documentation states it. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_/.:-]{0,64}");

  private static boolean accepted(String measure, String dimension) {
    try {
      new ReportCounter(COMMUNE, DAY, measure, dimension, 1);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  @Test
  @DisplayName("Measures and dimensions of code characters are kept as given")
  void codesAccepted() {
    ReportCounter c = new ReportCounter(COMMUNE, DAY, "ALERT_OPENED", "HEALTH/EMERGENCY", -1);
    assertEquals("HEALTH/EMERGENCY", c.dimension());
    assertEquals("x".repeat(64), new ReportCounter(COMMUNE, DAY, "x".repeat(64), "a.b:c-d_0", 1).measure());
    assertEquals("", new ReportCounter(COMMUNE, DAY, "DECLARATION_RECEIVED", "", 1).dimension());
  }

  @Test
  @DisplayName("An empty measure, a 65-character code, a space or a letter with a tone mark is refused, naming the field")
  void badCodesRefused() {
    ValidationException empty = assertThrows(ValidationException.class,
        () -> new ReportCounter(COMMUNE, DAY, "", "", 1));
    assertEquals("measure", empty.violations().get(0).path());
    ValidationException tooLong = assertThrows(ValidationException.class,
        () -> new ReportCounter(COMMUNE, DAY, "CASES", "x".repeat(65), 1));
    assertEquals("dimension", tooLong.violations().get(0).path());
    assertThrows(ValidationException.class, () -> new ReportCounter(COMMUNE, DAY, "CASES", "F1 ACTIVE", 1));
    assertThrows(ValidationException.class, () -> new ReportCounter(COMMUNE, DAY, "Hòa", "", 1));
  }

  @Test
  @DisplayName("Any text is accepted as a dimension exactly when it matches the documented code pattern (property)")
  void sameRuleAsThePattern() {
    qt().forAll(strings().ascii().ofLengthBetween(0, 70))
        .check(text -> accepted("M", text) == CODE.matcher(text).matches());
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 3))
        .check(text -> accepted("M", text) == CODE.matcher(text).matches());
  }
}
