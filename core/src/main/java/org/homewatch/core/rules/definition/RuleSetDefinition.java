package org.homewatch.core.rules.definition;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.RuleSetRef;

/**
 * A whole rule set as its JSON file says it (after a province file has been merged onto its base).
 *
 * @param id the set's id, e.g. {@code moh261}
 * @param version its version, from 1
 * @param title a human-readable title
 * @param ageBands the age bands, which must cover every age once
 * @param riskModifier how findings of people at higher risk are raised, if at all
 * @param rules the rules, in the file's order
 * @param basedOn the base set a province file extended, kept for the record
 * @param utcOffset the offset whose calendar days the day-based trend rules count (Vietnam: +07:00, no DST)
 * @param symptomCodes the codes this set introduces beyond {@link org.homewatch.model.Symptom}'s constants;
 *     every code a rule names must be one or the other
 */
public record RuleSetDefinition(String id, int version, String title, Optional<RuleSetRef> basedOn,
    ZoneOffset utcOffset, List<AgeBand> ageBands, List<String> symptomCodes, Optional<RiskModifier> riskModifier,
    List<RuleDefinition> rules) {
  /**
   * Refuses null components; copies the lists.
   *
   * @param id the set's id, e.g. {@code moh261}
   * @param version its version, from 1
   * @param title a human-readable title
   * @param basedOn the base set a province file extended, kept for the record
   * @param utcOffset the offset whose calendar days the day-based trend rules count (Vietnam: +07:00, no DST)
   * @param ageBands the age bands, which must cover every age once
   * @param symptomCodes the codes this set introduces beyond {@link org.homewatch.model.Symptom}'s constants
   * @param riskModifier how findings of people at higher risk are raised, if at all
   * @param rules the rules, in the file's order
   */
  public RuleSetDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(basedOn, "basedOn");
    Objects.requireNonNull(utcOffset, "utcOffset");
    Objects.requireNonNull(riskModifier, "riskModifier");
    ageBands = List.copyOf(ageBands);
    symptomCodes = List.copyOf(symptomCodes);
    rules = List.copyOf(rules);
  }

  /**
   * The set's id and version, as assessments record them.
   *
   * @return the ref
   */
  public RuleSetRef ref() {
    return new RuleSetRef(id, version);
  }

  /**
   * The rule with this id.
   *
   * @param ruleId the rule's id
   * @return the rule, or empty
   */
  public Optional<RuleDefinition> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /**
   * The age band with this id.
   *
   * @param bandId the band's id
   * @return the band, or empty
   */
  public Optional<AgeBand> ageBand(String bandId) {
    return ageBands.stream().filter(b -> b.id().equals(bandId)).findFirst();
  }

  /**
   * This definition with other rules.
   *
   * @param newRules the rules
   * @return the new definition
   */
  public RuleSetDefinition withRules(List<RuleDefinition> newRules) {
    return new RuleSetDefinition(id, version, title, basedOn, utcOffset, ageBands, symptomCodes, riskModifier,
        newRules);
  }

  /**
   * This definition with other age bands.
   *
   * @param newBands the age bands
   * @return the new definition
   */
  public RuleSetDefinition withAgeBands(List<AgeBand> newBands) {
    return new RuleSetDefinition(id, version, title, basedOn, utcOffset, newBands, symptomCodes, riskModifier, rules);
  }

  /**
   * This definition at another version.
   *
   * @param newVersion the version
   * @return the new definition
   */
  public RuleSetDefinition withVersion(int newVersion) {
    return new RuleSetDefinition(id, newVersion, title, basedOn, utcOffset, ageBands, symptomCodes, riskModifier,
        rules);
  }
}
