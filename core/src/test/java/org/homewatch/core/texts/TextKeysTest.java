package org.homewatch.core.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.homewatch.ValidationException;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every text key the code uses has a Vietnamese and an English text (issue 13.8): the validation keys found as
 * literals in the sources of spi, core and the storages, and the notification templates' keys, including those
 * built from an enum's names.
 */
class TextKeysTest {
  private static final Pattern VALIDATION_KEY = Pattern.compile("\"(homewatch\\.validation\\.[A-Za-z0-9_.]+)\"");
  /**
   * Template keys as core passes them to the composer and the notifier: a literal followed by the time or locale
   * argument (audit action names such as "alert.escalate" are literals too, and are not templates).
   */
  private static final Pattern TEMPLATE_KEY = Pattern.compile(
      "\"((?:alert|feedback|reminder|spotcheck|summary|history)\\.[A-Za-z]+)\",\\s*(?:now\\)|at\\)|locale|Map\\.of"
          + "|clock\\.instant\\(\\))");

  /** The alert history details AlertService renders through its {@code history(tx, key, ..)}. */
  private static final Pattern HISTORY_KEY = Pattern.compile("history\\(tx,\\s*\"(history\\.[A-Za-z]+)\"");

  private static Set<String> keysInSources(Pattern pattern, String... modules) {
    Set<String> keys = new TreeSet<>();
    Path root = Path.of("").toAbsolutePath().getParent();
    for (String module : modules) {
      Path sources = root.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (m.find()) {
            keys.add(m.group(1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return keys;
  }

  private static Properties bundle(String resource) {
    Properties p = new Properties();
    try (InputStream in = TextKeysTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " is missing");
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static void assertEveryKeyIn(Set<String> keys, String... resources) {
    for (String resource : resources) {
      Properties texts = bundle(resource);
      Set<String> missing = new TreeSet<>(keys);
      missing.removeAll(texts.stringPropertyNames());
      assertEquals(Set.of(), missing, "keys used in code without a text in " + resource);
    }
  }

  @Test
  @DisplayName("every homewatch.validation key used in spi, core or a storage has a Vietnamese and an English text")
  void validationKeys() {
    Set<String> used = keysInSources(VALIDATION_KEY, "spi", "core", "storage-memory", "storage-jdbc");
    assertTrue(used.size() > 40, "the scan found the keys: " + used);
    assertEveryKeyIn(used, "/org/homewatch/validation.properties", "/org/homewatch/validation_vi.properties",
        "/org/homewatch/validation_en.properties");
  }

  @Test
  @DisplayName("every notification template core names, and every severity's and feedback topic's name, has a "
      + "Vietnamese and an English text")
  void templateKeys() {
    Set<String> used = keysInSources(TEMPLATE_KEY, "core");
    used.addAll(keysInSources(HISTORY_KEY, "core"));
    for (Severity s : Severity.values()) {
      used.add("severity." + s.name());
    }
    for (FeedbackTopic t : FeedbackTopic.values()) {
      used.add("feedbackTopic." + t.name());
    }
    assertTrue(used.containsAll(List.of("alert.escalated", "alert.escalatedUnresolved", "feedback.new",
        "reminder.declare", "summary.more", "summary.missed", "history.escalated")), "the scan found the keys: " + used);
    assertEveryKeyIn(used, "/org/homewatch/core/notify/templates.properties",
        "/org/homewatch/core/notify/templates_vi.properties", "/org/homewatch/core/notify/templates_en.properties");
  }

  @Test
  @DisplayName("a violation reads in Vietnamese by default and in English when asked, and falls back on its "
      + "English default message for a key without a text")
  void violationsAreLocalised() {
    ValidationException.Violation range = new ValidationException.Violation("vitals.spo2Percent",
        "homewatch.validation.range", "spo2Percent must be 50 to 100, was 30");
    assertEquals("Giá trị nằm ngoài khoảng cho phép.", range.message(Locale.forLanguageTag("vi-VN")));
    assertEquals("The value is outside the allowed range.", range.message(Locale.ENGLISH));
    assertEquals("Giá trị nằm ngoài khoảng cho phép.", range.message(Locale.JAPANESE), "Vietnamese is the base");
    assertEquals("x", new ValidationException.Violation("p", "homewatch.validation.noSuchKey", "x")
        .message(Locale.ENGLISH));
  }
}
