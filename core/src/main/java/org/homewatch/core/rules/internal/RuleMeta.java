package org.homewatch.core.rules.internal;

import java.util.List;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.Severity;

/** What every compiled rule carries into its finding; prepared once so a firing rule only formats values. */
record RuleMeta(String ruleId, Severity severity, AlertKind kind, String messageKey, long bandMask) {
  Finding finding(Evidence... evidence) {
    return new Finding(ruleId, severity, kind, messageKey, List.of(evidence));
  }

  boolean appliesTo(int band) {
    return (bandMask & (1L << band)) != 0;
  }
}
