package org.homewatch.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.ConfigurationException;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.core.rules.internal.JsonRuleSetReader;
import org.homewatch.core.rules.internal.Problems;
import org.homewatch.core.rules.internal.RuleSetChecks;

/**
 * Where rule sets come from: the shipped Ministry of Health sets, a province's JSON file, or a definition built in
 * code. Every way in checks the whole set and fails with one {@link ConfigurationException} that names the file
 * and the JSON path of each problem; what comes out is compiled once and may be shared by all threads.
 *
 * <p>A province file may extend a base set and change it by rule id:
 * <pre>{@code
 * { "id": "gia-lai", "version": 3, "extends": "moh261",
 *   "overrides": [ { "id": "moh261.spo2.low", "severity": "ABNORMAL", "message": "rules.spo2.low",
 *                    "when": { "type": "vital", "vital": "spo2Percent", "op": "<=", "value": 95 } } ],
 *   "rules": [ ...new rules... ], "remove": [ "moh261.symptoms.common" ] }
 * }</pre>
 * {@code "extends"} names a shipped set ({@code moh261}, {@code moh4038}); to extend a set of your own, load it
 * and call {@link #load(RuleSet, Path)}.
 */
public final class RuleSets {
  static final String MOH_261 = "moh261";
  static final String MOH_4038 = "moh4038";

  private RuleSets() {}

  /**
   * Ministry of Health Decision 261/QĐ-BYT (31 Jan 2022): home care for F0, the eleven signs to report at once.
   *
   * @return the shipped set, loaded once
   */
  public static JsonRuleSet moh261() {
    return Shipped.MOH_261;
  }

  /**
   * Ministry of Health Decision 4038/QĐ-BYT (21 Aug 2021), which 261 replaced; for cases judged under it.
   *
   * @return the shipped set, loaded once
   */
  public static JsonRuleSet moh4038() {
    return Shipped.MOH_4038;
  }

  /**
   * The shipped set with this id, if there is one.
   *
   * @param id {@code moh261} or {@code moh4038}
   * @return the set, or empty for another id
   */
  public static Optional<JsonRuleSet> shipped(String id) {
    return switch (id) {
      case MOH_261 -> Optional.of(moh261());
      case MOH_4038 -> Optional.of(moh4038());
      default -> Optional.empty();
    };
  }

  /**
   * Reads a rule-set file; an {@code "extends"} in it is resolved against the shipped sets.
   *
   * @param file the rule-set JSON file
   * @return the compiled rule set
   * @throws ConfigurationException if the file is missing, unreadable, or wrong (every problem named with its JSON
   *     path)
   */
  public static JsonRuleSet load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(file.toString(), in);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException("rule set file '" + file + "' does not exist", e);
    } catch (IOException e) {
      throw new ConfigurationException("rule set file '" + file + "' could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a rule set from a stream (not closed here).
   *
   * @param json the rule set's JSON, UTF-8
   * @return the compiled rule set
   * @throws ConfigurationException naming every problem with its JSON path
   * @param sourceName how error messages name it, e.g. the file or resource name
   */
  public static JsonRuleSet load(String sourceName, InputStream json) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(json, "json");
    return new JsonRuleSet(JsonRuleSetReader.read(sourceName, json,
        id -> shipped(id).map(JsonRuleSet::definition), Optional.empty()));
  }

  /**
   * Reads a province file that extends {@code base} (its {@code "extends"}, if given, must name base's id).
   *
   * @param base the set the file extends
   * @param overrideFile the province's JSON file
   * @return the compiled rule set
   * @throws ConfigurationException if the file is unreadable or wrong, or {@code base} was not defined as data
   */
  public static JsonRuleSet load(RuleSet base, Path overrideFile) {
    try (InputStream in = Files.newInputStream(overrideFile)) {
      return load(base, overrideFile.toString(), in);
    } catch (IOException e) {
      throw new ConfigurationException("rule set file '" + overrideFile + "' could not be read: " + e.getMessage(),
          e);
    }
  }

  /**
   * As {@link #load(RuleSet, Path)}, from a stream.
   *
   * @param base the set the overrides extend
   * @param sourceName how error messages name the source
   * @param overrides the province's JSON, UTF-8
   * @return the compiled rule set
   * @throws ConfigurationException if the JSON is wrong, or {@code base} was not defined as data
   */
  public static JsonRuleSet load(RuleSet base, String sourceName, InputStream overrides) {
    if (!(base instanceof JsonRuleSet json)) {
      throw new ConfigurationException("rule set '" + sourceName + "' cannot extend " + base.ref()
          + ": only rule sets defined as data (from RuleSets) can be extended");
    }
    return new JsonRuleSet(JsonRuleSetReader.read(sourceName, overrides, id -> Optional.empty(),
        Optional.of(json.definition())));
  }

  /**
   * Reads a rule set from JSON text.
   *
   * @param sourceName how error messages name the source
   * @param json the JSON text
   * @return the compiled rule set
   * @throws ConfigurationException naming every problem with its JSON path
   */
  public static JsonRuleSet fromJson(String sourceName, String json) {
    return load(sourceName, new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /**
   * Checks and compiles a definition built in code; problems name the definition's own paths.
   *
   * @param definition the definition
   * @return the compiled rule set
   * @throws ConfigurationException naming every problem
   */
  public static JsonRuleSet compile(RuleSetDefinition definition) {
    Problems problems = new Problems(definition.id() + "@" + definition.version());
    RuleSetChecks.checkDefinition(definition, problems);
    problems.throwIfAny();
    return new JsonRuleSet(definition);
  }

  private static JsonRuleSet shippedResource(String id) {
    String name = id + ".json";
    try (InputStream in = RuleSets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the shipped rule set " + name + " is missing from the homewatch-core jar");
      }
      return load("classpath:org/homewatch/core/rules/" + name, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loaded on first use, once (holder idiom: thread-safe without locks). */
  private static final class Shipped {
    static final JsonRuleSet MOH_4038 = shippedResource(RuleSets.MOH_4038);
    static final JsonRuleSet MOH_261 = shippedResource(RuleSets.MOH_261);
  }
}
