package org.homewatch.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.homewatch.ConfigurationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadingFailuresTest {
  private static final String BANDS = "\"ageBands\": [{\"id\": \"child\", \"fromYears\": 0, \"toYears\": 12},"
      + " {\"id\": \"adult\", \"fromYears\": 12}]";

  static String set(String rules) {
    return "{\"id\": \"test\", \"version\": 1, " + BANDS + ", \"rules\": [" + rules + "]}";
  }

  static String spo2(String id, String op, String value) {
    return "{\"id\": \"" + id + "\", \"severity\": \"ABNORMAL\", \"message\": \"rules.spo2.low\", \"when\": "
        + "{\"type\": \"vital\", \"vital\": \"spo2Percent\", \"op\": \"" + op + "\", \"value\": " + value + "}}";
  }

  private static String failure(String json) {
    return assertThrows(ConfigurationException.class, () -> RuleSets.fromJson("province/gia-lai.json", json))
        .getMessage();
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("a broken rule set fails loudly, naming the file, the JSON path and what is wrong")
  @CsvSource(delimiter = '|', value = {
      "unknown vital | {\"id\": \"a\", \"severity\": \"WATCH\", \"message\": \"m\", \"when\": {\"type\": \"vital\", \"vital\": \"spo3\", \"op\": \"<\", \"value\": 90}} | $.rules[0].when.vital: unknown vital 'spo3'",
      "unknown operator | {\"id\": \"a\", \"severity\": \"WATCH\", \"message\": \"m\", \"when\": {\"type\": \"vital\", \"vital\": \"spo2Percent\", \"op\": \"=<\", \"value\": 90}} | $.rules[0].when.op: unknown operator '=<'",
      "threshold outside physiology | {\"id\": \"a\", \"severity\": \"WATCH\", \"message\": \"m\", \"when\": {\"type\": \"vital\", \"vital\": \"spo2Percent\", \"op\": \"<\", \"value\": 960}} | $.rules[0].when.value: threshold 960 for spo2Percent is outside the physiological range 50–100",
      "unknown symptom | {\"id\": \"a\", \"severity\": \"WATCH\", \"message\": \"m\", \"when\": {\"type\": \"symptoms\", \"of\": [\"hiccups\"]}} | $.rules[0].when.of[0]: unknown symptom code 'hiccups'",
      "NORMAL severity | {\"id\": \"a\", \"severity\": \"NORMAL\", \"message\": \"m\", \"when\": {\"type\": \"symptoms\", \"of\": [\"cough\"]}} | $.rules[0].severity: a rule must raise",
      "unknown field | {\"id\": \"a\", \"severity\": \"WATCH\", \"message\": \"m\", \"treshold\": 3, \"when\": {\"type\": \"symptoms\", \"of\": [\"cough\"]}} | $.rules[0].treshold: unknown field",
      "unknown condition type | {\"id\": \"a\", \"severity\": \"WATCH\", \"message\": \"m\", \"when\": {\"type\": \"heartRateVariability\", \"below\": 20}} | $.rules[0].when.type: unknown condition type 'heartRateVariability'",
      "condition without a type | {\"id\": \"a\", \"severity\": \"WATCH\", \"message\": \"m\", \"when\": {\"vital\": \"spo2Percent\"}} | $.rules[0].when.type",
      "unknown age band | {\"id\": \"a\", \"severity\": \"WATCH\", \"message\": \"m\", \"ageBands\": [\"elderly\"], \"when\": {\"type\": \"symptoms\", \"of\": [\"cough\"]}} | $.rules[0].ageBands[0]: unknown age band 'elderly'"})
  void brokenRules(String what, String rule, String expected) {
    String message = failure(set(rule));
    assertTrue(message.contains("province/gia-lai.json"), message);
    assertTrue(message.contains(expected), "expected '" + expected + "' in:\n" + message);
  }

  @Test
  @DisplayName("a duplicate rule id is refused at the second rule's path")
  void duplicateId() {
    String message = failure(set(spo2("low", "<=", "96") + "," + spo2("low", "<", "94")));
    assertTrue(message.contains("$.rules[1].id: duplicate rule id 'low'"), message);
  }

  @Test
  @DisplayName("a gap and an overlap in age bands are both reported, with every other problem, in one exception")
  void ageBands() {
    String json = "{\"id\": \"test\", \"version\": 1, \"ageBands\": [{\"id\": \"a\", \"fromYears\": 0, \"toYears\": 5},"
        + " {\"id\": \"b\", \"fromYears\": 6, \"toYears\": 20}, {\"id\": \"c\", \"fromYears\": 18}],"
        + " \"rules\": [" + spo2("x", "<=", "200") + "]}";
    String message = failure(json);
    assertTrue(message.contains("$.ageBands[1].fromYears: gap in age bands: no band covers ages 5 to 5 years"),
        message);
    assertTrue(message.contains("$.ageBands[2].fromYears: overlap in age bands: ages 18 to 19 years are in both"),
        message);
    assertTrue(message.contains("$.rules[0].when.value"), message);
    assertTrue(message.contains("(3 problems)"), message);
  }

  @Test
  @DisplayName("bands must start at 0 and the oldest must be open-ended")
  void bandEnds() {
    String json = "{\"id\": \"t\", \"version\": 1, \"ageBands\": [{\"id\": \"a\", \"fromYears\": 1, \"toYears\": 90}],"
        + " \"rules\": [" + spo2("x", "<=", "96") + "]}";
    String message = failure(json);
    assertTrue(message.contains("no band covers ages 0 to 0 years"), message);
    assertTrue(message.contains("no band covers ages 90 years and older"), message);
  }

  @Test
  @DisplayName("a province override of a rule the base does not have is refused")
  void overrideOfMissingRule() {
    String json = "{\"id\": \"gia-lai\", \"version\": 1, \"extends\": \"moh261\", \"overrides\": ["
        + spo2("moh261.spo2.typo", "<=", "95") + "]}";
    String message = failure(json);
    assertTrue(message.contains("$.overrides[0].id: override of a missing rule: the base set has no rule"
        + " 'moh261.spo2.typo'"), message);
  }

  @Test
  @DisplayName("extending an unknown base, and adding a rule under an id the base has, are refused")
  void badExtension() {
    assertTrue(failure("{\"id\": \"p\", \"version\": 1, \"extends\": \"moh999\"}")
        .contains("$.extends: unknown base rule set 'moh999'"));
    assertTrue(failure("{\"id\": \"p\", \"version\": 1, \"extends\": \"moh261\", \"rules\": ["
        + spo2("moh261.spo2", "<=", "95") + "]}").contains("put it under \"overrides\""));
  }

  @Test
  @DisplayName("a rule set's id and version are checked like everything else")
  void idAndVersion() {
    String message = failure(set(spo2("low", "<=", "96")).replace("\"id\": \"test\", \"version\": 1",
        "\"id\": \"Gia Lai\", \"version\": 0"));
    assertTrue(message.contains("$.id: a rule-set id is lower-case") && message.contains("$.version: the version must"
        + " be 1 or more, was 0"), message);
  }

  @Test
  @DisplayName("JSON that does not parse is reported with its line and column")
  void syntax() {
    String message = failure("{\"id\": \"t\",\n \"version\": 1,,}");
    assertTrue(message.contains("line 2"), message);
  }

  @Test
  @DisplayName("a missing file is named")
  void missingFile(@TempDir Path dir) {
    Path file = dir.resolve("nope.json");
    String message = assertThrows(ConfigurationException.class, () -> RuleSets.load(file)).getMessage();
    assertTrue(message.contains(file.toString()), message);
  }

  @Test
  @DisplayName("a file on disk loads and is named in its errors")
  void fromFile(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("ok.json"), set(spo2("low", "<=", "96")));
    assertEquals("test", RuleSets.load(good).ref().id());
    Path bad = Files.writeString(dir.resolve("bad.json"), set(spo2("low", "<=", "101")));
    String message = assertThrows(ConfigurationException.class, () -> RuleSets.load(bad)).getMessage();
    assertTrue(message.contains(bad.toString()) && message.contains("$.rules[0].when.value"), message);
  }
}
