package org.homewatch.core.schedule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.ConfigurationException;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.IsolationCase;
import org.jspecify.annotations.Nullable;

/**
 * Schedules, category policies and missed-declaration thresholds: the policy's defaults, a province's overrides
 * (each part optional), or the two merged ({@link MonitoringPolicy#forUnit}).
 *
 * @param schedules the declaration schedules, by id
 * @param categories the policy of each case category
 * @param missedDeclarations in rising order of {@code consecutive} and of severity
 * @param spotCheckAnswerWithin how long a person has to answer a spot check (VHD's surprise check) before a
 *     {@code PRESENCE_FAILED} alert opens
 */
public record PolicyRules(Map<String, DeclarationSchedule> schedules, Map<CaseCategory, CategoryPolicy> categories,
    List<MissedDeclarationThreshold> missedDeclarations, Optional<Duration> spotCheckAnswerWithin) {

  /**
   * Refuses an answer time outside a minute to a day, a schedule filed under another id, and thresholds that do not
   * rise; copies the maps and the list.
   *
   * @param schedules the declaration schedules, by id
   * @param categories the policy of each case category
   * @param missedDeclarations in rising order of {@code consecutive} and of severity
   * @param spotCheckAnswerWithin how long a person has to answer a spot check (VHD's surprise check) before a {@code
   *     PRESENCE_FAILED} alert opens
   * @throws ConfigurationException if the rules are not acceptable
   */
  public PolicyRules {
    Objects.requireNonNull(spotCheckAnswerWithin, "spotCheckAnswerWithin");
    spotCheckAnswerWithin.ifPresent(d -> {
      if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(1)) > 0) {
        throw new ConfigurationException("spotCheckAnswerWithin is from a minute to a day, was " + d);
      }
    });
    schedules = Map.copyOf(schedules);
    Map<CaseCategory, CategoryPolicy> byCategory = new EnumMap<>(CaseCategory.class);
    byCategory.putAll(categories);
    categories = Collections.unmodifiableMap(byCategory);
    missedDeclarations = List.copyOf(missedDeclarations);
    for (var e : schedules.entrySet()) {
      if (!e.getKey().equals(e.getValue().id())) {
        throw new ConfigurationException("the schedule '" + e.getValue().id() + "' is filed as '" + e.getKey() + "'");
      }
    }
    for (int i = 1; i < missedDeclarations.size(); i++) {
      MissedDeclarationThreshold before = missedDeclarations.get(i - 1);
      MissedDeclarationThreshold after = missedDeclarations.get(i);
      if (after.consecutive() <= before.consecutive() || !after.severity().isWorseThan(before.severity())) {
        throw new ConfigurationException("missed-declaration thresholds rise in count and severity, but "
            + after.consecutive() + " → " + after.severity() + " follows " + before.consecutive() + " → "
            + before.severity());
      }
    }
  }

  @JsonCreator
  static PolicyRules fromJson(@JsonProperty("schedules") @Nullable List<DeclarationSchedule> schedules,
      @JsonProperty("categories") @Nullable Map<CaseCategory, CategoryPolicy> categories,
      @JsonProperty("missedDeclarations") @Nullable List<MissedDeclarationThreshold> missedDeclarations,
      @JsonProperty("spotCheckAnswerWithin") @Nullable Duration spotCheckAnswerWithin) {
    Map<String, DeclarationSchedule> byId = new LinkedHashMap<>();
    for (DeclarationSchedule s : schedules == null ? List.<DeclarationSchedule>of() : schedules) {
      if (byId.put(s.id(), s) != null) {
        throw new ConfigurationException("the schedule id '" + s.id() + "' is used twice");
      }
    }
    return new PolicyRules(byId, categories == null ? Map.of() : categories,
        missedDeclarations == null ? List.of() : missedDeclarations, Optional.ofNullable(spotCheckAnswerWithin));
  }

  /**
   * These rules with {@code overrides} on top: schedules by id, categories one by one, thresholds as a whole.
   *
   * @param overrides a province's rules, each part optional
   * @return the merged rules
   */
  public PolicyRules overriddenBy(PolicyRules overrides) {
    Map<String, DeclarationSchedule> s = new LinkedHashMap<>(schedules);
    s.putAll(overrides.schedules);
    Map<CaseCategory, CategoryPolicy> c = new EnumMap<>(CaseCategory.class);
    c.putAll(categories);
    c.putAll(overrides.categories);
    return new PolicyRules(s, c,
        overrides.missedDeclarations.isEmpty() ? missedDeclarations : overrides.missedDeclarations,
        overrides.spotCheckAnswerWithin.isPresent() ? overrides.spotCheckAnswerWithin : spotCheckAnswerWithin);
  }

  /**
   * Checks that these rules are complete: every category has a policy naming a known schedule, and there is at
   * least one threshold. Returns the problems as JSON paths relative to these rules, with what is wrong.
   */
  List<String> incompleteness() {
    List<String> problems = new ArrayList<>();
    for (CaseCategory category : CaseCategory.values()) {
      CategoryPolicy p = categories.get(category);
      if (p == null) {
        problems.add("categories." + category + ": no policy for this category");
      } else if (!schedules.containsKey(p.schedule())) {
        problems.add("categories." + category + ".schedule: no schedule '" + p.schedule() + "' (known: "
            + schedules.keySet().stream().sorted().toList() + ")");
      }
    }
    if (missedDeclarations.isEmpty()) {
      problems.add("missedDeclarations: at least one threshold is needed");
    }
    if (spotCheckAnswerWithin.isEmpty()) {
      problems.add("spotCheckAnswerWithin: how long a spot check may go unanswered is needed");
    }
    return problems;
  }

  /**
   * How long a person has to answer a spot check.
   *
   * @return the answer time
   * @throws ConfigurationException if the rules give none
   */
  public Duration spotCheckAnswerTime() {
    return spotCheckAnswerWithin.orElseThrow(() -> new ConfigurationException("no spotCheckAnswerWithin"));
  }

  /**
   * The policy of a case category.
   *
   * @param category the category
   * @return its days and schedule
   * @throws ConfigurationException if the rules have no policy for it
   */
  public CategoryPolicy category(CaseCategory category) {
    CategoryPolicy p = categories.get(category);
    if (p == null) {
      throw new ConfigurationException("no monitoring policy for the category " + category);
    }
    return p;
  }

  /**
   * The schedule with this id.
   *
   * @param id the schedule's id
   * @return the schedule, or empty
   */
  public Optional<DeclarationSchedule> schedule(String id) {
    return Optional.ofNullable(schedules.get(id));
  }

  /**
   * The category's default schedule.
   *
   * @param category the category
   * @return its schedule
   * @throws ConfigurationException if the category or its schedule is not in the rules
   */
  public DeclarationSchedule scheduleFor(CaseCategory category) {
    String id = category(category).schedule();
    return schedule(id).orElseThrow(() -> new ConfigurationException(
        "the category " + category + " names the schedule '" + id + "', which the policy does not define"));
  }

  /**
   * The schedule a case follows: its own if it names one, else its category's.
   *
   * @param c the case
   * @return the schedule it follows
   * @throws ConfigurationException if the schedule it names is not in the rules
   */
  public DeclarationSchedule scheduleFor(IsolationCase c) {
    return c.scheduleId().map(id -> schedule(id).orElseThrow(() -> new ConfigurationException(
        "the case " + c.id() + " names the schedule '" + id + "', which the policy does not define")))
        .orElseGet(() -> scheduleFor(c.category()));
  }

  /**
   * The threshold {@code consecutiveMissed} slots in a row reach, if any: the highest one not above it.
   *
   * @param consecutiveMissed slots missed in a row
   * @return the threshold reached, or empty
   */
  public Optional<MissedDeclarationThreshold> thresholdReachedBy(int consecutiveMissed) {
    MissedDeclarationThreshold reached = null;
    for (MissedDeclarationThreshold t : missedDeclarations) {
      if (t.consecutive() <= consecutiveMissed) {
        reached = t;
      }
    }
    return Optional.ofNullable(reached);
  }
}
