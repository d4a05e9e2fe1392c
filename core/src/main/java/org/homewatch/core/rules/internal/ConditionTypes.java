package org.homewatch.core.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;

/**
 * Every condition type the engine runs, each with how its rules compile: the one list a new condition type joins.
 * The order is the order of findings in an assessment (and of rule bits in a screening): thresholds, symptom
 * groups, trends, distance from home.
 */
final class ConditionTypes {
  /** Compiles all the rules of one type in a set (never called with none). */
  @FunctionalInterface
  interface Compiler {
    CompiledConditions compile(List<RuleDefinition> rules, List<AgeBand> bands, int utcOffsetSeconds);
  }

  private record Type(Class<? extends Condition> condition, Compiler compiler) {}

  private static final List<Type> TYPES = List.of(
      new Type(Condition.VitalThreshold.class, (rules, bands, offset) -> new VitalThresholds(rules, bands)),
      new Type(Condition.SymptomGroup.class, (rules, bands, offset) -> new SymptomGroups(rules, bands)),
      new Type(Condition.ConsecutiveDays.class, (rules, bands, offset) -> new TrendRules(rules,
          r -> new TrendRule.ConsecutiveDays(RuleMeta.of(r, bands), (Condition.ConsecutiveDays) r.condition(),
              offset))),
      new Type(Condition.DropFromBaseline.class, (rules, bands, offset) -> new TrendRules(rules,
          r -> new TrendRule.DropFromBaseline(RuleMeta.of(r, bands), (Condition.DropFromBaseline) r.condition()))),
      new Type(Condition.Persists.class, (rules, bands, offset) -> new TrendRules(rules,
          r -> new TrendRule.Persists(RuleMeta.of(r, bands), (Condition.Persists) r.condition()))),
      new Type(Condition.DistanceFromHome.class, (rules, bands, offset) -> new DistancesFromHome(rules, bands)));

  private ConditionTypes() {}

  /** The set's rules compiled by type, in {@link #TYPES} order; a type the set does not use is left out. */
  static List<CompiledConditions> compile(RuleSetDefinition d) {
    List<CompiledConditions> out = new ArrayList<>();
    int offset = d.utcOffset().getTotalSeconds();
    int compiled = 0;
    for (Type type : TYPES) {
      List<RuleDefinition> ofType = d.rules().stream().filter(r -> type.condition().isInstance(r.condition()))
          .toList();
      if (!ofType.isEmpty()) {
        out.add(type.compiler().compile(ofType, d.ageBands(), offset));
        compiled += ofType.size();
      }
    }
    if (compiled != d.rules().size()) {
      // a Condition variant added without a line above: fail at start-up rather than ignore its rules
      throw new IllegalStateException("a condition type of rule set " + d.ref() + " has no compiler in "
          + ConditionTypes.class.getName());
    }
    return out;
  }
}
