package org.homewatch.core.rules.internal;

import java.util.List;
import java.util.function.Function;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.model.Declaration;
import org.homewatch.model.Finding;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one trend condition type ({@link TrendRule} subclass): they read the case's history, so they are
 * not screened, and without history none of them fires (every trend compares with an earlier declaration).
 */
final class TrendRules implements CompiledConditions {
  private final TrendRule[] rules;
  private final long window;

  TrendRules(List<RuleDefinition> definitions, Function<RuleDefinition, TrendRule> compile) {
    rules = definitions.stream().map(compile).toArray(TrendRule[]::new);
    long w = 0;
    for (TrendRule r : rules) {
      w = Math.max(w, r.windowSeconds());
    }
    window = w;
  }

  @Override
  public List<RuleMeta> rules() {
    return java.util.Arrays.stream(rules).map(r -> r.meta).toList();
  }

  @Override
  public long historySeconds() {
    return window;
  }

  @Override
  public boolean couldFire(Declaration current, int band) {
    for (TrendRule trend : rules) {
      if (trend.meta.appliesTo(band) && trend.couldFire(current)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public @Nullable Object evaluate(Declaration current, CaseFacts facts, int band, List<Declaration> history,
      @Nullable Object found) {
    if (history.isEmpty()) {
      return found;
    }
    for (TrendRule trend : rules) {
      Finding f = trend.meta.appliesTo(band) ? trend.evaluate(current, history) : null;
      found = f == null ? found : Evaluator.add(found, f);
    }
    return found;
  }
}
