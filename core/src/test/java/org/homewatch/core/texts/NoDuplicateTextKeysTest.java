package org.homewatch.core.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key written twice in one bundle file is read as its last text only, silently: the first text, usually the one
 * its author checked, is never shown (the English and Vietnamese validation files each had two such keys).
 */
class NoDuplicateTextKeysTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "org/homewatch/validation.properties", "org/homewatch/validation_vi.properties",
      "org/homewatch/validation_en.properties",
      "org/homewatch/core/notify/templates.properties", "org/homewatch/core/notify/templates_vi.properties",
      "org/homewatch/core/notify/templates_en.properties",
      "org/homewatch/core/rules/messages_vi.properties", "org/homewatch/core/rules/messages_en.properties"})
  void eachKeyOnce(String resource) throws IOException {
    List<String> repeated = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean continued = false;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        boolean continuation = continued;
        continued = trimmed.endsWith("\\");
        if (continuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
          continue;
        }
        int end = 0;
        while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
          end++;
        }
        String key = trimmed.substring(0, end);
        if (!seen.add(key)) {
          repeated.add(key);
        }
      }
    }
    assertEquals(List.of(), repeated, resource + ": keys written more than once");
  }
}
