package org.homewatch.storage.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.homewatch.ValidationException;
import org.homewatch.model.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("an alert summary's wording as stored JSON")
class WordingCodecTest {

  /** Plain text a literal may hold: any printable character, Vietnamese, quotes and backslashes included. */
  private static Gen<String> literals() {
    return strings().betweenCodePoints(0x20, 0x1EF9).ofLengthBetween(0, 30)
        .assuming(s -> s.codePoints().noneMatch(c -> Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069) || Character.getType(c) == Character.SURROGATE
            || Character.getType(c) == Character.UNASSIGNED));
  }

  /** A wording of the given depth from a seed: texts nest literals and texts, up to the model's bound. */
  private static Wording wording(int depth, String literal, int seed) {
    if (depth == 0) {
      return Wording.literal(literal);
    }
    Map<String, Wording> args = new LinkedHashMap<>();
    for (int i = 0; i < 1 + Math.floorMod(seed, 3); i++) {
      // the first argument always nests one level less, so the wording is as deep as asked; others may be literals
      int childDepth = i == 0 || Math.floorMod(seed + i, 2) == 0 ? depth - 1 : 0;
      args.put("arg" + (char) ('a' + i), wording(childDepth, literal + i, seed / 3 + i));
    }
    return Wording.text("summary.k" + Math.floorMod(seed, 7), args);
  }

  @Test
  @DisplayName("any wording up to the deepest allowed reads back equal")
  void roundTrips() {
    qt().forAll(integers().between(0, Wording.MAX_DEPTH), literals(), integers().all()).checkAssert(
        (depth, literal, seed) -> {
          Wording w = wording(depth, literal, seed);
          assertEquals(depth, w.depth());
          assertEquals(w, Codec.wording(Codec.wording(w)));
        });
  }

  @Test
  @DisplayName("a damaged stored value is refused, not half-read: another type, a missing key or arguments, or "
      + "nesting deeper than any valid wording")
  void damagedIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Codec.wording("42"));
    assertThrows(IllegalArgumentException.class, () -> Codec.wording("{\"args\":{}}"));
    assertThrows(IllegalArgumentException.class, () -> Codec.wording("{\"key\":\"k\"}"));
    assertThrows(ValidationException.class, () -> Codec.wording("{\"key\":\"not a key\",\"args\":{}}"));
    String deep = "\"x\"";
    for (int i = 0; i < 50; i++) {
      deep = "{\"key\":\"k\",\"args\":{\"a\":" + deep + "}}";
    }
    String tooDeep = deep;
    assertThrows(IllegalArgumentException.class, () -> Codec.wording(tooDeep));
  }
}
