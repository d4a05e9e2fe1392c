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
   *
   * @param declaration the declaration and the assessment computed for it
   * @return whether it was stored now or was there already
   */
  InsertOutcome insert(AssessedDeclaration declaration);

  /**
   * The declaration with this id, if stored for this case.
   *
   * @param caseId the case it belongs to
   * @param id the declaration's id
   * @return the declaration with its assessment, or empty
   */
  Optional<AssessedDeclaration> find(CaseId caseId, DeclarationId id);

  /**
   * The case's declarations observed in {@code [from, to)}, oldest first, at most {@code limit}: the history
   * that trend rules and compliance read.
   *
   * @param caseId the case
   * @param from the first instant included (observed-at)
   * @param to the first instant excluded
   * @param limit the most declarations to return
   * @return the declarations, oldest first
   */
  List<AssessedDeclaration> observedBetween(CaseId caseId, Instant from, Instant to, int limit);

  /**
   * All of a case's declarations, newest observed first, keyset-paged.
   *
   * @param caseId the case
   * @param page where to start and how many
   * @return one page of declarations, newest first, and the cursor of the next
   */
  Page<AssessedDeclaration> listForCase(CaseId caseId, PageRequest page);

  /**
   * {@link #insert} for each declaration, in order, returning each outcome at the same index. Storages override
   * the default with batched statements (the idempotency rule is the same: a stored id is not stored again).
   *
   * @param declarations the declarations to insert, in order
   * @return for each declaration at the same index, whether it was stored now or was there already
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
   *
   * @param caseIds the cases
   * @param from the first instant included (observed-at)
   * @param to the first instant excluded
   * @param limitPerCase the most declarations to return for each case
   * @return each case's declarations, oldest first
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
