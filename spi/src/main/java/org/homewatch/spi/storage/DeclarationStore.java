package org.homewatch.spi.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * {@link #insert} for each declaration, in order, returning each outcome at the same index. Storages override
   * the default with batched statements (the idempotency rule is the same: a stored id is not stored again).
   */
  default List<InsertOutcome> insertAll(List<AssessedDeclaration> declarations) {
    List<InsertOutcome> outcomes = new ArrayList<>(declarations.size());
    for (AssessedDeclaration d : declarations) {
      outcomes.add(insert(d));
    }
    return outcomes;
  }

  /**
   * {@link #observedBetween} for several cases at once, keyed by case id (cases without declarations may be
   * absent). Storages override the default with one query.
   */
  default Map<CaseId, List<AssessedDeclaration>> observedBetweenForCases(Collection<CaseId> caseIds, Instant from,
      Instant to, int limitPerCase) {
    Map<CaseId, List<AssessedDeclaration>> result = new LinkedHashMap<>();
    for (CaseId id : caseIds) {
      List<AssessedDeclaration> found = observedBetween(id, from, to, limitPerCase);
      if (!found.isEmpty()) {
        result.put(id, found);
      }
    }
    return result;
  }
}
