package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WordingTest {
  private static final Instant T0 = Instant.parse("2021-08-16T01:00:00Z");

  private static Wording nested(int depth) {
    Wording w = Wording.literal("x");
    for (int i = 0; i < depth; i++) {
      w = Wording.text("k" + i, Map.of("a", w));
    }
    return w;
  }

  @Test
  @DisplayName("a wording nests up to four texts deep and is refused by name one deeper")
  void depthIsBounded() {
    assertEquals(Wording.MAX_DEPTH, nested(Wording.MAX_DEPTH).depth());
    ValidationException refused = assertThrows(ValidationException.class, () -> nested(Wording.MAX_DEPTH + 1));
    assertEquals("wording.arguments", refused.violations().get(0).path());
  }

  @Test
  @DisplayName("a wording of more than 8,000 characters in all is refused, however it is spread over its literals")
  void lengthIsBounded() {
    // eight literals of 1,000 characters are more than 8,000 in all, seven are not
    int literal = 1_000;
    Map<String, Wording> args = new HashMap<>();
    for (int i = 0; i < 8; i++) {
      args.put("a" + (char) ('a' + i), Wording.literal("x".repeat(literal)));
    }
    assertThrows(ValidationException.class, () -> Wording.text("k", args));
    args.remove("ah");
    Wording.Text under = Wording.text("k", args);
    assertEquals(7L * literal + 1 + 7 * 2, under.length());
    assertThrows(ValidationException.class, () -> Wording.text("outer", Map.of("inner", under,
        "more", Wording.literal("y".repeat(literal)))));
  }

  @Test
  @DisplayName("a key of another shape, an argument name of another shape, too many arguments and a long or "
      + "control-character literal are each refused")
  void shapesAreChecked() {
    assertThrows(ValidationException.class, () -> Wording.text("summary missed"));
    assertThrows(ValidationException.class, () -> Wording.text(""));
    assertThrows(ValidationException.class, () -> Wording.text("k".repeat(Wording.MAX_KEY_LENGTH + 1)));
    assertThrows(ValidationException.class, () -> Wording.text("k", Map.of("1st", Wording.literal("x"))));
    Map<String, Wording> many = new HashMap<>();
    for (int i = 0; i <= Wording.MAX_ARGUMENTS; i++) {
      many.put("a" + i, Wording.literal("x"));
    }
    assertThrows(ValidationException.class, () -> Wording.text("k", many));
    assertThrows(ValidationException.class, () -> Wording.literal("x".repeat(Wording.MAX_LITERAL_LENGTH + 1)));
    assertThrows(ValidationException.class, () -> Wording.literal("a\u0000b"));
    assertThrows(ValidationException.class, () -> Wording.text(null));
    assertTrue(Wording.text("window.afternoon").arguments().isEmpty());
  }

  @Test
  @DisplayName("an alert keeps its summary's wording where one is given, and a new summary without one clears it")
  void alertSummaryWordingFollowsTheSummary() {
    Wording missed = Wording.text("summary.missed", Map.of("count", Wording.literal("2")));
    Alert open = Alert.opened(AlertId.random(), CaseId.random(), AlertKind.MISSED_DECLARATIONS, Severity.WATCH,
        JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633", "23941"), T0, T0.plusSeconds(3600),
        Optional.empty(), "2 lần", Optional.of(missed));
    assertEquals(Optional.of(missed), open.summaryWording());

    Wording four = Wording.text("summary.missed", Map.of("count", Wording.literal("4")));
    Alert raised = open.raisedTo(Severity.ABNORMAL, "4 lần", Optional.of(four), Optional.empty(),
        T0.plusSeconds(7200), T0.plusSeconds(60));
    assertEquals(Optional.of(four), raised.summaryWording());
    assertEquals(Optional.of(four), raised.toBuilder().build().summaryWording());

    assertEquals(Optional.empty(), raised.withEvidence("SpO2 95 %", T0.plusSeconds(120)).summaryWording());
    assertEquals(Optional.empty(), open.raisedTo(Severity.EMERGENCY, "SpO2 91 %", Optional.empty(),
        T0.plusSeconds(7200), T0.plusSeconds(60)).summaryWording());
  }
}
