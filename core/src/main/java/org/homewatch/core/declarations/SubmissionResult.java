package org.homewatch.core.declarations;

import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.Alert;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;

/**
 * What a submission did.
 *
 * @param declaration the stored declaration
 * @param assessment its assessment
 * @param duplicate true if this declaration id had been submitted before; then nothing new was stored and the
 *     declaration and assessment are the first submission's
 * @param alerts the alerts opened or raised by this submission (empty for a duplicate)
 */
public record SubmissionResult(Declaration declaration, Assessment assessment, boolean duplicate,
    java.util.List<Alert> alerts) {
  /**
   * Refuses null components; copies the alerts.
   *
   * @param declaration the stored declaration
   * @param assessment its assessment
   * @param duplicate true if this declaration id had been submitted before
   * @param alerts the alerts opened or raised by this submission (empty for a duplicate)
   */
  public SubmissionResult {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(assessment, "assessment");
    alerts = java.util.List.copyOf(alerts);
  }

  /**
   * The first alert the submission opened or raised, if any.
   *
   * @return the alert, or empty
   */
  public Optional<Alert> alert() {
    return alerts.stream().findFirst();
  }
}
