package org.homewatch.core.alerts.internal;

import java.util.Locale;
import java.util.Set;
import org.homewatch.core.notify.AlertSummaries;
import org.homewatch.core.notify.Texts;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * An alert's line for a reader of another language than the one it is stored in: a health or off-site alert's line
 * is written again from the assessment of the declaration that triggered it. The other kinds (missed declarations,
 * feedback, presence) keep their stored line: what they summarise (a count of slots, a thread) is not kept in a form
 * that can be written again, so a reader of the other language reads it in the deployment's language.
 */
public final class LocalisedAlertSummaries implements AlertSummaries {
  private static final Set<AlertKind> FROM_FINDINGS = Set.of(AlertKind.HEALTH, AlertKind.OFF_SITE);

  private final FindingSummary findings;
  private final Locale storedIn;

  /**
   * @param storedIn the language alerts' summaries are stored in (the deployment's)
   */
  public LocalisedAlertSummaries(FindingSummary findings, Locale storedIn) {
    this.findings = findings;
    this.storedIn = Texts.language(storedIn);
  }

  @Override
  public String summary(StorageTransaction tx, Alert alert, IsolationCase isolationCase, Locale reader) {
    if (Texts.language(reader).equals(storedIn) || !FROM_FINDINGS.contains(alert.kind())
        || alert.trigger().isEmpty()) {
      return alert.summary();
    }
    return tx.declarations().find(isolationCase.id(), alert.trigger().get())
        .map(d -> findings.summarize(d.assessment(), alert.kind(), isolationCase, reader))
        .filter(line -> !line.isEmpty())
        .orElse(alert.summary());
  }
}
