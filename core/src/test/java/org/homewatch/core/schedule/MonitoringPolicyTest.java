package org.homewatch.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.homewatch.ConfigurationException;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonitoringPolicyTest {

  static final JurisdictionPath GIA_LAI_COMMUNE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "622", "23539");
  static final JurisdictionPath HCMC_COMMUNE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79", "760", "26734");

  static MonitoringPolicy load(String json) {
    return MonitoringPolicy.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  /** A complete, small policy with {@code %s} where a test puts its own province overrides. */
  static String policyWith(String schedules, String categories, String thresholds, String provinces) {
    return """
        {"id": "p", "version": 1,
         "defaults": {"schedules": [%s], "categories": {%s}, "missedDeclarations": [%s],
                      "spotCheckAnswerWithin": "PT30M"},
         "provinces": {%s}}
        """.formatted(schedules, categories, thresholds, provinces);
  }

  static final String VHD = """
      {"id": "vhd", "windows": [{"name": "morning", "opens": "08:00", "closes": "12:00"},
                                {"name": "afternoon", "opens": "14:00", "closes": "16:00"},
                                {"name": "evening", "opens": "18:00", "closes": "20:00"}],
       "grace": "PT30M", "remindBeforeClose": ["PT15M", "PT1H"]}""";
  static final String ALL_CATEGORIES = """
      "F1": {"days": 7, "schedule": "vhd"}, "F2": {"days": 14, "schedule": "vhd"},
      "POST_FACILITY": {"days": 7, "schedule": "vhd"}, "ENTRY": {"days": 7, "schedule": "vhd"},
      "F0_HOME_CARE": {"days": 7, "schedule": "vhd"}, "OTHER": {"days": 14, "schedule": "vhd"}""";
  static final String THRESHOLDS = """
      {"consecutive": 2, "severity": "WATCH", "summary": "2 missed"},
      {"consecutive": 4, "severity": "ABNORMAL", "summary": "not reachable"}""";

  @Test
  @DisplayName("the shipped policy gives F2 14 days and POST_FACILITY 7, on VHD's three windows, F0 on the Ministry's two")
  void shippedPolicy() {
    PolicyRules rules = MonitoringPolicy.shipped().forUnit(GIA_LAI_COMMUNE);
    assertEquals(14, rules.category(CaseCategory.F2).days());
    assertEquals(7, rules.category(CaseCategory.POST_FACILITY).days());
    DeclarationSchedule vhd = rules.scheduleFor(CaseCategory.F2);
    assertEquals(List.of(LocalTime.of(8, 0), LocalTime.of(14, 0), LocalTime.of(18, 0)),
        vhd.windows().stream().map(DailyWindow::opens).toList());
    assertEquals(List.of(LocalTime.of(12, 0), LocalTime.of(16, 0), LocalTime.of(20, 0)),
        vhd.windows().stream().map(DailyWindow::closes).toList());
    assertEquals(2, rules.scheduleFor(CaseCategory.F0_HOME_CARE).slotsPerDay());
    assertEquals(Severity.WATCH, rules.thresholdReachedBy(2).orElseThrow().severity());
    assertEquals(Severity.WATCH, rules.thresholdReachedBy(3).orElseThrow().severity());
    assertEquals(Severity.ABNORMAL, rules.thresholdReachedBy(4).orElseThrow().severity());
    assertTrue(rules.thresholdReachedBy(1).isEmpty());
  }

  @Test
  @DisplayName("a province's overrides replace the defaults there and nowhere else")
  void provinceOverrides() {
    MonitoringPolicy policy = load(policyWith(VHD + ", " + VHD.replace("\"vhd\"", "\"hcm\""), ALL_CATEGORIES,
        THRESHOLDS, """
            "GSO_2021:79": {"categories": {"F2": {"days": 7, "schedule": "hcm"}},
                            "missedDeclarations": [{"consecutive": 3, "severity": "ABNORMAL", "summary": "3"}]}
            """));
    assertEquals(7, policy.forUnit(HCMC_COMMUNE).category(CaseCategory.F2).days());
    assertEquals("hcm", policy.forUnit(HCMC_COMMUNE).scheduleFor(CaseCategory.F2).id());
    assertEquals(14, policy.forUnit(HCMC_COMMUNE).category(CaseCategory.OTHER).days());
    assertEquals(Severity.ABNORMAL, policy.forUnit(HCMC_COMMUNE).thresholdReachedBy(3).orElseThrow().severity());
    assertEquals(14, policy.forUnit(GIA_LAI_COMMUNE).category(CaseCategory.F2).days());
    assertEquals(Severity.WATCH, policy.forUnit(GIA_LAI_COMMUNE).thresholdReachedBy(3).orElseThrow().severity());
  }

  @Test
  @DisplayName("reminders are kept longest first and 'everyHours' makes back-to-back windows from midnight")
  void everyHoursAndReminders() {
    MonitoringPolicy policy = load(policyWith(VHD + ", {\"id\": \"six\", \"everyHours\": 6}", ALL_CATEGORIES,
        THRESHOLDS, ""));
    PolicyRules rules = policy.forUnit(GIA_LAI_COMMUNE);
    assertEquals(List.of(Duration.ofHours(1), Duration.ofMinutes(15)), rules.schedule("vhd").orElseThrow()
        .remindBeforeClose());
    DeclarationSchedule six = rules.schedule("six").orElseThrow();
    assertEquals(4, six.slotsPerDay());
    assertEquals(LocalTime.MIDNIGHT, six.windows().get(3).closes());
    assertEquals(Duration.ofHours(6), six.windows().get(3).nominalLength());
  }

  private static String failure(String json) {
    return assertThrows(ConfigurationException.class, () -> load(json)).getMessage();
  }

  @Test
  @DisplayName("a bad window time is refused, naming the file and the JSON path of the window")
  void badTime() {
    String message = failure(policyWith(VHD.replace("\"16:00\"", "\"25:00\""), ALL_CATEGORIES, THRESHOLDS, ""));
    assertTrue(message.startsWith("test.json: $.defaults.schedules[0].windows[1]"), message);
    assertTrue(message.contains("25:00"), message);
  }

  @Test
  @DisplayName("overlapping windows are refused, naming the schedule")
  void overlapping() {
    String message = failure(policyWith(VHD.replace("\"14:00\"", "\"11:00\""), ALL_CATEGORIES, THRESHOLDS, ""));
    assertTrue(message.startsWith("test.json: $.defaults.schedules[0]"), message);
    assertTrue(message.contains("'afternoon' opens at 11:00, before 'morning' closes at 12:00"), message);
  }

  @Test
  @DisplayName("an unknown field is refused rather than ignored, naming where it is")
  void unknownField() {
    String message = failure(policyWith(VHD.replace("\"grace\"", "\"gracePeriod\""), ALL_CATEGORIES, THRESHOLDS,
        ""));
    assertTrue(message.startsWith("test.json: $.defaults.schedules[0].gracePeriod"), message);
  }

  @Test
  @DisplayName("a category without a policy, or naming an unknown schedule, is refused with its path")
  void incompleteCategories() {
    String missing = failure(policyWith(VHD, ALL_CATEGORIES.replace("\"ENTRY\": {\"days\": 7, \"schedule\": \"vhd\"},",
        ""), THRESHOLDS, ""));
    assertTrue(missing.contains("test.json: $.defaults.categories.ENTRY: no policy"), missing);
    String unknown = failure(policyWith(VHD, ALL_CATEGORIES, THRESHOLDS,
        "\"GSO_2021:79\": {\"categories\": {\"F2\": {\"days\": 7, \"schedule\": \"nope\"}}}"));
    assertTrue(unknown.contains("$.provinces[\"GSO_2021:79\"].categories.F2.schedule: no schedule 'nope'"), unknown);
  }

  @Test
  @DisplayName("a policy without a spot-check answer time is refused; a province may set its own")
  void spotCheck() {
    String missing = failure(policyWith(VHD, ALL_CATEGORIES, THRESHOLDS, "").replaceAll(
        ",\\s*\"spotCheckAnswerWithin\": \"PT30M\"", ""));
    assertTrue(missing.contains("$.defaults.spotCheckAnswerWithin"), missing);
    MonitoringPolicy p = load(policyWith(VHD, ALL_CATEGORIES, THRESHOLDS,
        "\"GSO_2021:79\": {\"spotCheckAnswerWithin\": \"PT15M\"}"));
    assertEquals(Duration.ofMinutes(15), p.forUnit(HCMC_COMMUNE).spotCheckAnswerTime());
    assertEquals(Duration.ofMinutes(30), p.forUnit(GIA_LAI_COMMUNE).spotCheckAnswerTime());
  }

  @Test
  @DisplayName("thresholds must rise in count and severity; an unknown severity is refused")
  void thresholds() {
    String falling = failure(policyWith(VHD, ALL_CATEGORIES, """
        {"consecutive": 4, "severity": "WATCH", "summary": "a"},
        {"consecutive": 2, "severity": "ABNORMAL", "summary": "b"}""", ""));
    assertTrue(falling.contains("$.defaults") && falling.contains("rise in count and severity"), falling);
    String unknown = failure(policyWith(VHD, ALL_CATEGORIES,
        "{\"consecutive\": 2, \"severity\": \"SEVERE\", \"summary\": \"a\"}", ""));
    assertTrue(unknown.startsWith("test.json: $.defaults.missedDeclarations[0].severity"), unknown);
  }

  @Test
  @DisplayName("a province key must be a province path; broken JSON names the line")
  void provinceKeyAndSyntax() {
    String district = failure(policyWith(VHD, ALL_CATEGORIES, THRESHOLDS, "\"GSO_2021:79/760\": {}"));
    assertTrue(district.contains("$.provinces[\"GSO_2021:79/760\"]: overrides are per province"), district);
    String garbage = failure(policyWith(VHD, ALL_CATEGORIES, THRESHOLDS, "\"x\": {}"));
    assertTrue(garbage.contains("$.provinces[\"x\"]: not a province path"), garbage);
    String syntax = failure("{\"id\": \"p\",\n \"version\": }");
    assertTrue(syntax.startsWith("test.json: not valid JSON at line 2"), syntax);
  }

  @Test
  @DisplayName("everyHours must divide a day; a schedule has windows or everyHours, not both")
  void everyHoursChecks() {
    String seven = failure(policyWith("{\"id\": \"vhd\", \"everyHours\": 7}", ALL_CATEGORIES, THRESHOLDS, ""));
    assertTrue(seven.startsWith("test.json: $.defaults.schedules[0]") && seven.contains("divide 24"), seven);
    String both = failure(policyWith(VHD.replace("\"grace\"", "\"everyHours\": 6, \"grace\""), ALL_CATEGORIES,
        THRESHOLDS, ""));
    assertTrue(both.contains("either 'windows' or 'everyHours'"), both);
  }
}
