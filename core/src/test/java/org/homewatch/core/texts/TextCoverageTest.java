package org.homewatch.core.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homewatch.core.access.Operation;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.model.AlertKind;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A sibling of {@link TextKeysTest} (issue 13.8): every text key core's sources name in the notification bundle's
 * namespaces, whatever the call around it, has a Vietnamese and an English text; a key built from a prefix
 * ({@code "severity." + s.name()}) is expanded over what completes it; and no Vietnamese text is an English one
 * left untranslated.
 */
class TextCoverageTest {
  private static final String TEMPLATES = "/org/homewatch/core/notify/templates";
  private static final String RULES = "/org/homewatch/core/rules/messages";
  private static final String VALIDATION = "/org/homewatch/validation";

  /** A literal in one of the template bundle's namespaces. */
  private static final Pattern KEY = Pattern.compile("\"((?:history|summary|alert|feedback|reminder|spotcheck"
      + "|severity|window|vital|caseStatus|caseChange|alertKind|feedbackTopic|presenceVerdict|riskFactor"
      + "|alertOutcome)\\.[A-Za-z0-9.]*)\"");
  /** An audit action written directly: {@code audit.record(tx, principal, "alert.open", ..)}. */
  private static final Pattern AUDIT_ACTION = Pattern.compile("record\\(tx,\\s*\\w+,\\s*\"([A-Za-z.]+)\"");

  /** What completes each prefix the code builds keys from. */
  private static final Map<String, Set<String>> PREFIXES = Map.ofEntries(
      Map.entry("severity.", names(Severity.values())),
      Map.entry("feedbackTopic.", names(FeedbackTopic.values())),
      Map.entry("caseStatus.", names(CaseStatus.values())),
      Map.entry("alertKind.", names(AlertKind.values())),
      Map.entry("riskFactor.", names(org.homewatch.model.RiskFactor.values())),
      // the outcome a resolved alert's history step names (Alert words its own steps)
      Map.entry("alertOutcome.", names(org.homewatch.model.AlertOutcome.values())),
      Map.entry("history.corrected.", Set.of("phone", "address", "homeLocation", "name", "nationalId", "schedule",
          "riskFactors", "householdHead")),
      Map.entry("presenceVerdict.",
          names(org.homewatch.core.schedule.internal.PresenceVerification.Verdict.values())),
      // the kinds CaseLifecycleService.close records (escalate, cancel, complete by hand)
      Map.entry("caseChange.", Set.of("ESCALATED", "CANCELLED", "COMPLETED")),
      // the shipped policy's windows
      Map.entry("window.", Set.of("morning", "afternoon", "evening")),
      // FindingSummary's vitals
      Map.entry("vital.", Set.of("temperatureCelsius", "spo2Percent", "respiratoryRatePerMinute", "pulsePerMinute",
          "systolicMmHg", "diastolicMmHg")));

  /**
   * Texts that are the same in both languages on purpose: a code and a unit, or only placeholders and punctuation.
   */
  private static final Set<String> SAME_IN_BOTH = Set.of("vital.spo2Percent", "history.caseClosed",
      // how an alert line joins its signs: "; " in both languages, a language may still separate them otherwise
      "summary.list2", "summary.list3", "summary.listMore",
      // an alert's own history steps: a severity, an outcome and a summary, each its own text; lists of names
      "history.alertOpened", "history.alertRaised", "history.alertResolved", "history.list2", "history.list3",
      "history.list4", "history.list5", "history.list6");

  /** Vietnamese texts whose words happen to carry no diacritic ("mang thai"). */
  private static final Set<String> PLAIN_LETTERS = Set.of("riskFactor.PREGNANT");

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }

  private static String coreSources() {
    Path sources = Path.of("src/main/java").toAbsolutePath();
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
      // the steps an alert words itself (the SPI's model names keys of these templates)
      all.append(Files.readString(Path.of("../spi/src/main/java/org/homewatch/model/AlertEventWordings.java")
          .toAbsolutePath(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toString();
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Map<String, String> bundle(String resource) {
    Properties p = new Properties();
    try (InputStream in = TextCoverageTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " is missing");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> texts = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
    return texts;
  }

  /** The text keys core names: namespace literals that are not audit actions, prefixes expanded. */
  static Set<String> keysUsedInCore() {
    String sources = coreSources();
    Set<String> audit = new TreeSet<>(matches(AUDIT_ACTION, sources));
    for (Operation o : Operation.values()) {
      audit.add(o.auditAction());
    }
    Set<String> keys = new TreeSet<>();
    for (String literal : matches(KEY, sources)) {
      if (audit.contains(literal)) {
        continue;
      }
      if (literal.endsWith(".")) {
        Set<String> completions = PREFIXES.get(literal);
        assertTrue(completions != null, "core builds keys from the prefix " + literal + ": say here what completes it");
        completions.forEach(c -> keys.add(literal + c));
      } else {
        keys.add(literal);
      }
    }
    return keys;
  }

  @Test
  @DisplayName("every template, name and history key core uses, however it is called, has a Vietnamese and an "
      + "English text")
  void everyKeyUsedHasBothTexts() {
    Set<String> used = keysUsedInCore();
    assertTrue(used.containsAll(Set.of("history.nobodyOnDuty", "history.registered", "summary.spotCheck",
        "caseStatus.ACTIVE", "alertKind.FEEDBACK", "history.feedbackClosed", "alert.opened", "history.alertOpened",
        "alertOutcome.FALSE_ALARM", "history.list6", "history.anonymised")),
        "the scan found: " + used);
    for (String resource : new String[] {TEMPLATES + ".properties", TEMPLATES + "_vi.properties",
        TEMPLATES + "_en.properties"}) {
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(bundle(resource).keySet());
      assertEquals(Set.of(), missing, "keys used in core without a text in " + resource);
    }
  }

  @Test
  @DisplayName("every message key of the shipped rule sets, and each children's variant, has a Vietnamese and an "
      + "English text")
  void ruleMessageKeys() {
    Set<String> used = new TreeSet<>();
    for (var ruleSet : java.util.List.of(RuleSets.moh261(), RuleSets.moh4038())) {
      ruleSet.definition().rules().stream().map(RuleDefinition::messageKey).forEach(used::add);
    }
    Map<String, String> vi = bundle(RULES + "_vi.properties");
    Map<String, String> en = bundle(RULES + "_en.properties");
    used.addAll(vi.keySet().stream().filter(k -> k.endsWith(".child")).toList());
    used.addAll(en.keySet().stream().filter(k -> k.endsWith(".child")).toList());
    Set<String> missingVi = new TreeSet<>(used);
    missingVi.removeAll(vi.keySet());
    Set<String> missingEn = new TreeSet<>(used);
    missingEn.removeAll(en.keySet());
    assertEquals(Set.of(), missingVi, "rule message keys without a Vietnamese text");
    assertEquals(Set.of(), missingEn, "rule message keys without an English text");
  }

  @Test
  @DisplayName("in every bundle the Vietnamese and English files have the same keys and the same placeholders, and "
      + "no Vietnamese text is the English one or lacks Vietnamese letters, but for codes and units")
  void noUntranslatedText() {
    Pattern placeholder = Pattern.compile("(\\{[a-zA-Z]+})");
    for (String[] pair : new String[][] {{TEMPLATES + "_vi.properties", TEMPLATES + "_en.properties"},
        {TEMPLATES + ".properties", TEMPLATES + "_en.properties"}, {RULES + "_vi.properties", RULES + "_en.properties"},
        {VALIDATION + "_vi.properties", VALIDATION + "_en.properties"}}) {
      Map<String, String> vi = bundle(pair[0]);
      Map<String, String> en = bundle(pair[1]);
      assertEquals(en.keySet(), vi.keySet(), pair[0] + " and " + pair[1] + " have other keys");
      Map<String, String> problems = new TreeMap<>();
      for (Map.Entry<String, String> e : vi.entrySet()) {
        String english = en.get(e.getKey());
        if (!matches(placeholder, e.getValue()).equals(matches(placeholder, english))) {
          problems.put(e.getKey(), "other placeholders than in English");
        }
        if (SAME_IN_BOTH.contains(e.getKey())) {
          continue;
        }
        if (e.getValue().equals(english)) {
          problems.put(e.getKey(), "the same text as in English");
        } else if (!PLAIN_LETTERS.contains(e.getKey())
            && placeholder.matcher(e.getValue()).replaceAll("").chars().allMatch(c -> c < 128)) {
          problems.put(e.getKey(), "no Vietnamese letter: '" + e.getValue() + "'");
        }
      }
      assertEquals(Map.of(), problems, pair[0]);
    }
  }
}
