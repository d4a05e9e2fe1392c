package org.homewatch.core.rules.internal;

import java.util.List;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.Severity;

/** What every compiled rule carries into its finding; prepared once so a firing rule only formats values. */
record RuleMeta(String ruleId, Severity severity, AlertKind kind, String messageKey, long bandMask) {
  /** The rule's meta, applying to the bands (indexes in the definition's order) the rule names. */
  static RuleMeta of(RuleDefinition r, List<AgeBand> bands) {
    long mask = 0;
    for (int b = 0; b < bands.size(); b++) {
      if (r.appliesTo(bands.get(b).id())) {
        mask |= 1L << b;
      }
    }
    return new RuleMeta(r.id(), r.severity(), r.kind(), r.messageKey(), mask);
  }

  Finding finding(Evidence... evidence) {
    return new Finding(ruleId, severity, kind, messageKey, List.of(evidence));
  }

  boolean appliesTo(int band) {
    return (bandMask & (1L << band)) != 0;
  }

  RuleMeta withBandMask(long mask) {
    return new RuleMeta(ruleId, severity, kind, messageKey, mask);
  }
}
