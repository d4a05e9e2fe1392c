package org.homewatch.core.declarations;

import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.Alert;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;

/**
 * What a submission did.
 *
 * @param duplicate true if this declaration id had been submitted before; then nothing new was stored and the
 *     declaration and assessment are the first submission's
 * @param alerts the alerts opened or raised by this submission (empty for a duplicate)
 */
public record SubmissionResult(Declaration declaration, Assessment assessment, boolean duplicate,
    java.util.List<Alert> alerts) {
  public SubmissionResult {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(assessment, "assessment");
    alerts = java.util.List.copyOf(alerts);
  }

  public Optional<Alert> alert() {
    return alerts.stream().findFirst();
  }
}
