package org.homewatch.storage.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the internal JSON codec")
class JsonTest {

  @Test
  @DisplayName("any text, including quotes, backslashes, control characters and Vietnamese, reads back as written")
  void stringsRoundTrip() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(
        s -> assertEquals(List.of(s), Json.read(Json.write(List.of(s)))));
    String vietnamese = "Nguyễn Văn \"An\"\\ đau đầu\n\t\u0001";
    assertEquals(Map.of("k", vietnamese), Json.read(Json.write(Map.of("k", vietnamese))));
  }

  @Test
  @DisplayName("whole numbers and finite decimals keep their exact value")
  void numbersRoundTrip() {
    qt().forAll(longs().all(), doubles().any()).assuming((l, d) -> Double.isFinite(d)).checkAssert((l, d) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("l", l);
      m.put("d", d);
      assertEquals(m, Json.read(Json.write(m)));
    });
  }

  @Test
  @DisplayName("nested objects, arrays, booleans and nulls survive, in order")
  void structures() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("list", Arrays.asList(1L, "two", null, true, List.of()));
    m.put("object", Map.of());
    String text = Json.write(m);
    assertEquals("{\"list\":[1,\"two\",null,true,[]],\"object\":{}}", text);
    assertEquals(m, Json.read(" " + text + " "));
  }

  @Test
  @DisplayName("malformed text is refused with the position, not half-read")
  void malformed() {
    for (String bad : List.of("", "{", "[1,", "{\"a\" 1}", "\"open", "tru", "[1] x", "{\"a\":\"\\q\"}")) {
      assertThrows(IllegalArgumentException.class, () -> Json.read(bad), bad);
    }
  }
}
