package org.homewatch.core.rules.definition;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.RuleSetRef;

/**
 * A whole rule set as its JSON file says it (after a province file has been merged onto its base).
 *
 * @param basedOn the base set a province file extended, kept for the record
 * @param utcOffset the offset whose calendar days the day-based trend rules count (Vietnam: +07:00, no DST)
 * @param symptomCodes the codes this set introduces beyond {@link org.homewatch.model.Symptom}'s constants;
 *     every code a rule names must be one or the other
 */
public record RuleSetDefinition(String id, int version, String title, Optional<RuleSetRef> basedOn,
    ZoneOffset utcOffset, List<AgeBand> ageBands, List<String> symptomCodes, Optional<RiskModifier> riskModifier,
    List<RuleDefinition> rules) {
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

  public RuleSetRef ref() {
    return new RuleSetRef(id, version);
  }

  public Optional<RuleDefinition> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  public Optional<AgeBand> ageBand(String bandId) {
    return ageBands.stream().filter(b -> b.id().equals(bandId)).findFirst();
  }

  public RuleSetDefinition withRules(List<RuleDefinition> newRules) {
    return new RuleSetDefinition(id, version, title, basedOn, utcOffset, ageBands, symptomCodes, riskModifier,
        newRules);
  }

  public RuleSetDefinition withAgeBands(List<AgeBand> newBands) {
    return new RuleSetDefinition(id, version, title, basedOn, utcOffset, newBands, symptomCodes, riskModifier, rules);
  }

  public RuleSetDefinition withVersion(int newVersion) {
    return new RuleSetDefinition(id, newVersion, title, basedOn, utcOffset, ageBands, symptomCodes, riskModifier,
        rules);
  }
}
