package org.homewatch.storage.memory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.Anonymisation;
import org.homewatch.model.Feedback;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.storage.RetentionStore;

/**
 * Retention over the other tables. The due cases are found by a scan of every case: the memory storage serves
 * tests, demos and a small district, and the purge runs rarely. A case counts as anonymised when its history ends
 * with the ANONYMISED entry ({@link Anonymisation#isAnonymised(IsolationCase)}), which {@link #anonymise} writes.
 */
final class RetentionTable implements RetentionStore {
  private final Engine engine;
  private final CaseTable cases;
  private final DeclarationTable declarations;
  private final AlertTable alerts;
  private final FeedbackTable feedback;
  private final OutboxTable outbox;
  private final AuditTable audit;

  RetentionTable(Engine engine, CaseTable cases, DeclarationTable declarations, AlertTable alerts,
      FeedbackTable feedback, OutboxTable outbox, AuditTable audit) {
    this.engine = engine;
    this.cases = cases;
    this.declarations = declarations;
    this.alerts = alerts;
    this.feedback = feedback;
    this.outbox = outbox;
    this.audit = audit;
  }

  @Override
  public List<IsolationCase> dueForAnonymisation(JurisdictionPath scope, LocalDate endedBefore, int limit) {
    engine.guard();
    return cases.all().stream()
        .filter(c -> c.status().isClosed() && scope.contains(c.responsibleUnit()))
        .filter(c -> c.period().actualEnd().filter(end -> end.isBefore(endedBefore)).isPresent())
        .filter(c -> !Anonymisation.isAnonymised(c))
        .filter(c -> alerts.listForCase(c.id()).stream().allMatch(a -> a.status() == AlertStatus.RESOLVED))
        .sorted(Comparator.comparing(IsolationCase::id))
        .limit(Math.max(0, limit))
        .toList();
  }

  @Override
  public void anonymise(IsolationCase anonymised) {
    engine.guard();
    cases.update(anonymised);
    declarations.replaceAll(anonymised.id(), Anonymisation::declaration);
    for (Alert a : alerts.listForCase(anonymised.id())) {
      alerts.update(Anonymisation.alert(a));
    }
    for (Feedback f : feedback.aboutCase(anonymised.id())) {
      feedback.update(Anonymisation.feedback(f));
    }
  }

  @Override
  public int removeFinishedMessages(JurisdictionPath scope, Instant createdBefore, int limit) {
    return outbox.removeFinished(scope, createdBefore, limit);
  }

  @Override
  public int removeAuditEvents(JurisdictionPath scope, Instant before, String keptActionPrefix, int limit) {
    return audit.removeBefore(scope, before, keptActionPrefix, limit);
  }
}
