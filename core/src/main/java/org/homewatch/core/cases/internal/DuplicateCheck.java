package org.homewatch.core.cases.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.model.CaseId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.Person;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Finds the person's earlier cases at registration: by person id, by national id, or by phone with the same name
 * (compared after Unicode normalisation, ignoring case and where the tone mark sits, {@link Person#comparableName})
 * and birth date. Phone alone is not enough: a family shares
 * one phone, and household heads register dependants on theirs.
 *
 * <p>A person id names one person: a citizen principal acts for every case of its person id, so a second case
 * under an existing person id with another name, birth date or national id would let one person read and
 * declare for another's case. Such a registration is refused with a {@link ConflictException} (the id clashes
 * with stored data; the input alone is not malformed), which says nothing about the other person.
 */
public final class DuplicateCheck {
  private DuplicateCheck() {}

  /**
   * The person's cases found.
   *
   * @param monitored the person's latest case still PENDING or ACTIVE (or otherwise open), if any
   * @param how how {@code latest} was matched ("same national id", ...), for the refusal's message and the audit
   * @param latest the person's latest case of any status, the one to link as {@code previousCase}
   */
  public record Found(Optional<IsolationCase> monitored, String how, Optional<IsolationCase> latest) {}

  /**
   * @throws ConflictException if the person id is already used for a person with another name, birth date or
   *     national id
   */
  public static Found lookUp(StorageTransaction tx, NewCase newCase) {
    Person p = newCase.person();
    Map<CaseId, IsolationCase> same = new LinkedHashMap<>();
    Map<CaseId, String> how = new LinkedHashMap<>();
    for (IsolationCase c : tx.cases().findByPerson(p.id())) {
      if (!samePersonForId(p, c.person())) {
        throw new ConflictException("the person id " + p.id() + " already identifies another person (a different "
            + "name, birth date or national id); give a new person a new PersonId, and the same person the same "
            + "details");
      }
      same.put(c.id(), c);
      how.put(c.id(), "same person id");
    }
    p.nationalId().ifPresent(id -> tx.cases().findByNationalId(id).forEach(c -> {
      same.putIfAbsent(c.id(), c);
      how.putIfAbsent(c.id(), "same national id");
    }));
    for (IsolationCase c : tx.cases().findByPhone(p.phone())) {
      if (samePerson(p, c.person()) && !same.containsKey(c.id())) {
        same.put(c.id(), c);
        how.put(c.id(), "same phone, name and birth date");
      }
    }
    Optional<IsolationCase> open = same.values().stream().filter(c -> !c.status().isClosed())
        .max(Comparator.comparing(IsolationCase::createdAt));
    Optional<IsolationCase> latest = open.isPresent() ? open
        : same.values().stream().max(Comparator.comparing(IsolationCase::createdAt));
    return new Found(open, latest.map(c -> how.get(c.id())).orElse(""), latest);
  }

  static boolean samePerson(Person a, Person b) {
    return sameName(a, b) && a.birthDate().equals(b.birthDate());
  }

  /** Same name and birth date, and no two different national ids (one may be added later). */
  static boolean samePersonForId(Person a, Person b) {
    return samePerson(a, b)
        && (a.nationalId().isEmpty() || b.nationalId().isEmpty() || a.nationalId().equals(b.nationalId()));
  }

  private static boolean sameName(Person a, Person b) {
    return Person.comparableName(a.fullName()).equals(Person.comparableName(b.fullName()));
  }
}
