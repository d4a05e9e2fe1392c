package org.homewatch.core.schedule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.homewatch.ConfigurationException;
import org.homewatch.HomewatchException;
import org.homewatch.core.schedule.internal.PolicyReader;
import org.homewatch.model.JurisdictionPath;
import org.jspecify.annotations.Nullable;

/**
 * A province's (or a deployment's) monitoring policy: default {@link PolicyRules} and per-province overrides,
 * versioned. Policies change while cases run (durations changed four times between mid-2021 and early 2022), so
 * they are data, loaded from JSON; the {@link #shipped()} policy is a starting point to copy, not a rule.
 *
 * <pre>{@code
 * {"id": "gia-lai", "version": 3,
 *  "defaults": {"schedules": [..], "categories": {"F2": {"days": 14, "schedule": "vhd"}, ..},
 *               "missedDeclarations": [{"consecutive": 2, "severity": "WATCH", "summary": ".."}, ..]},
 *  "provinces": {"GSO_2021:79": {"categories": {"F2": {"days": 7, "schedule": "vhd"}}}}}
 * }</pre>
 *
 * @param id the policy's id
 * @param version its version, from 1
 * @param defaults complete: a policy for every category, each naming a schedule, and at least one threshold
 * @param provinces keyed by the province's path; each part given replaces the default's (schedules by id,
 *     categories one by one, thresholds as a whole), and the merged rules must be complete too
 */
public record MonitoringPolicy(String id, int version, PolicyRules defaults,
    Map<JurisdictionPath, PolicyRules> provinces) {

  /** The classpath resource of the shipped default policy. */
  public static final String DEFAULT_RESOURCE = "org/homewatch/core/schedule/default-monitoring-policy.json";

  /**
   * Refuses a blank id, a version below 1, and defaults or province rules that are incomplete once merged.
   *
   * @param id the policy's id
   * @param version its version, from 1
   * @param defaults complete: a policy for every category, each naming a schedule, and at least one threshold
   * @param provinces keyed by the province's path
   * @throws ConfigurationException listing every problem with its JSON path
   */
  public MonitoringPolicy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaults, "defaults");
    provinces = Map.copyOf(provinces);
    if (id.isBlank()) {
      throw new ConfigurationException("$.id: a monitoring policy needs an id");
    }
    if (version < 1) {
      throw new ConfigurationException("$.version: starts at 1, was " + version);
    }
    List<String> problems = new ArrayList<>();
    defaults.incompleteness().forEach(p -> problems.add("$.defaults." + p));
    for (var e : provinces.entrySet()) {
      if (!e.getKey().isProvince()) {
        problems.add("$.provinces[\"" + e.getKey() + "\"]: overrides are per province, this is a "
            + e.getKey().level());
        continue;
      }
      defaults.overriddenBy(e.getValue()).incompleteness()
          .forEach(p -> problems.add("$.provinces[\"" + e.getKey() + "\"]." + p));
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(String.join("; ", problems));
    }
  }

  @JsonCreator
  static MonitoringPolicy fromJson(@JsonProperty("id") @Nullable String id,
      @JsonProperty("version") @Nullable Integer version, @JsonProperty("defaults") @Nullable PolicyRules defaults,
      @JsonProperty("provinces") @Nullable Map<String, PolicyRules> provinces) {
    if (id == null || version == null || defaults == null) {
      throw new ConfigurationException("$: a monitoring policy needs 'id', 'version' and 'defaults'");
    }
    Map<JurisdictionPath, PolicyRules> byProvince = new LinkedHashMap<>();
    if (provinces != null) {
      for (var e : provinces.entrySet()) {
        JurisdictionPath path;
        try {
          path = JurisdictionPath.parse(e.getKey());
        } catch (HomewatchException | IllegalArgumentException bad) {
          throw new ConfigurationException("$.provinces[\"" + e.getKey() + "\"]: not a province path like "
              + "GSO_2021:64 (" + bad.getMessage() + ")", bad);
        }
        byProvince.put(path, e.getValue());
      }
    }
    return new MonitoringPolicy(id, version, defaults, byProvince);
  }

  /**
   * Reads a policy from JSON.
   *
   * @param json the policy's JSON, UTF-8; not closed
   * @return the policy
   * @param source names the input in error messages, e.g. the file name
   * @throws ConfigurationException naming {@code source} and the JSON path of the first problem found
   */
  public static MonitoringPolicy load(InputStream json, String source) {
    return PolicyReader.read(json, source, MonitoringPolicy.class);
  }

  /**
   * The shipped default policy (see {@link #DEFAULT_RESOURCE}).
   *
   * @return the shipped policy
   */
  public static MonitoringPolicy shipped() {
    try (InputStream in = MonitoringPolicy.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new ConfigurationException("the resource " + DEFAULT_RESOURCE + " is missing from homewatch-core");
      }
      return load(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rules that apply in {@code unit}: its province's overrides over the defaults.
   *
   * @param unit a commune, district or province
   * @return the merged rules
   */
  public PolicyRules forUnit(JurisdictionPath unit) {
    JurisdictionPath province = new JurisdictionPath(unit.scheme(), unit.codes().subList(0, 1));
    PolicyRules overrides = provinces.get(province);
    return overrides == null ? defaults : defaults.overriddenBy(overrides);
  }
}
