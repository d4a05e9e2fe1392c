package org.homewatch.core.cases.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.homewatch.core.cases.DuplicateCaseException;
import org.homewatch.model.CaseId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.Person;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Finds the person's earlier cases at registration: by national id, or by phone with the same name (compared
 * after Unicode normalisation, ignoring case and where the tone mark sits, {@link Person#comparableName}) and
 * birth date. Phone alone is not enough: a family shares one phone, and household heads register dependants on
 * theirs.
 */
public final class DuplicateCheck {
  private DuplicateCheck() {}

  /**
   * @return the case to link as the new one's {@code previousCase}: the person's case still monitored (when the
   *     caller states a new quarantine), else their latest closed case, if any
   * @throws DuplicateCaseException if the person has a case PENDING or ACTIVE and the caller did not state a new
   *     quarantine
   */
  public static Optional<CaseId> previousCase(StorageTransaction tx, NewCase newCase) {
    Person p = newCase.person();
    Map<CaseId, IsolationCase> same = new LinkedHashMap<>();
    Map<CaseId, String> how = new LinkedHashMap<>();
    p.nationalId().ifPresent(id -> tx.cases().findByNationalId(id).forEach(c -> {
      same.put(c.id(), c);
      how.put(c.id(), "same national id");
    }));
    for (IsolationCase c : tx.cases().findByPhone(p.phone())) {
      if (samePerson(p, c.person()) && !same.containsKey(c.id())) {
        same.put(c.id(), c);
        how.put(c.id(), "same phone, name and birth date");
      }
    }
    Optional<IsolationCase> open = same.values().stream().filter(c -> !c.status().isClosed())
        .max(Comparator.comparing(IsolationCase::createdAt));
    if (open.isPresent()) {
      if (!newCase.newQuarantineOfKnownPerson()) {
        throw new DuplicateCaseException(open.get().id(), how.get(open.get().id()));
      }
      return Optional.of(open.get().id());
    }
    return same.values().stream().max(Comparator.comparing(IsolationCase::createdAt)).map(IsolationCase::id);
  }

  static boolean samePerson(Person a, Person b) {
    return Person.comparableName(a.fullName()).equals(Person.comparableName(b.fullName()))
        && a.birthDate().equals(b.birthDate());
  }
}
