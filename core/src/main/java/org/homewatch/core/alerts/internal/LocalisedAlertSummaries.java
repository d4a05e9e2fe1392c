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
 * An alert's line for a reader of another language than the one it is stored in: the alert's stored wording
 * rendered in the reader's language ({@link Texts#summary}), which every alert opened or changed since wordings were
 * kept has. A health or off-site alert stored before has its line written again from the assessment of the
 * declaration that triggered it; any other alert stored before keeps its stored line, in the deployment's language.
 */
public final class LocalisedAlertSummaries implements AlertSummaries {
  private static final Set<AlertKind> FROM_FINDINGS = Set.of(AlertKind.HEALTH, AlertKind.OFF_SITE);

  private final FindingSummary findings;
  private final Texts texts;
  private final Locale storedIn;

  /**
   * @param texts renders a stored wording
   * @param storedIn the language alerts' summaries are stored in (the deployment's)
   */
  public LocalisedAlertSummaries(FindingSummary findings, Texts texts, Locale storedIn) {
    this.findings = findings;
    this.texts = texts;
    this.storedIn = Texts.language(storedIn);
  }

  @Override
  public String summary(StorageTransaction tx, Alert alert, IsolationCase isolationCase, Locale reader) {
    if (Texts.language(reader).equals(storedIn)) {
      return alert.summary();
    }
    if (alert.summaryWording().isPresent()) {
      return texts.summary(alert, reader);
    }
    if (!FROM_FINDINGS.contains(alert.kind()) || alert.trigger().isEmpty()) {
      return alert.summary();
    }
    return tx.declarations().find(isolationCase.id(), alert.trigger().get())
        .map(d -> findings.summarize(d.assessment(), alert.kind(), isolationCase, reader))
        .filter(line -> !line.isEmpty())
        .orElse(alert.summary());
  }
}
