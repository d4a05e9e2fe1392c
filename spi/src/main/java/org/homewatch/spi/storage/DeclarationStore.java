package org.homewatch.spi.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;

/** Declarations with their assessments. Case-scoped: every method names the case. */
public interface DeclarationStore {

  /**
   * Stores a declaration with its assessment, unless a declaration with the same id is stored for that case;
   * then stores nothing and returns {@link InsertOutcome#ALREADY_PRESENT}. Safe to race: of two concurrent
   * inserts of one id exactly one returns {@code INSERTED}.
   */
  InsertOutcome insert(AssessedDeclaration declaration);

  Optional<AssessedDeclaration> find(CaseId caseId, DeclarationId id);

  /**
   * The case's declarations observed in {@code [from, to)}, oldest first, at most {@code limit}: the history
   * that trend rules and compliance read.
   */
  List<AssessedDeclaration> observedBetween(CaseId caseId, Instant from, Instant to, int limit);

  /** All of a case's declarations, newest observed first, keyset-paged. */
  Page<AssessedDeclaration> listForCase(CaseId caseId, PageRequest page);
}
