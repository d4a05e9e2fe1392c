package org.homewatch.core.citizens.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Who a phone number belongs to among the cases of the deployment's unit. One person if only one person's cases
 * carry the number, or if one of them heads the household of every other case that carries it (a parent whose
 * number was registered for the children too); otherwise nobody: linking such a phone would have to guess, and a
 * wrong guess shows one person another's case.
 *
 * @param person the person, if exactly one
 * @param latestCase that person's most recently registered case in the unit
 * @param ambiguous true if several people carry the number and none heads the others
 */
public record PhoneHolder(Optional<PersonId> person, Optional<IsolationCase> latestCase, boolean ambiguous) {

  /** Looks the phone up in {@code tx}, among cases whose commune lies in {@code servedUnit}. */
  public static PhoneHolder of(StorageTransaction tx, PhoneNumber phone, JurisdictionPath servedUnit) {
    List<IsolationCase> cases = tx.cases().findByPhone(phone).stream()
        .filter(c -> servedUnit.contains(c.responsibleUnit())).toList();
    Set<PersonId> people = new LinkedHashSet<>();
    cases.forEach(c -> people.add(c.person().id()));
    Optional<PersonId> holder = people.size() == 1 ? Optional.of(people.iterator().next())
        : people.stream().filter(p -> cases.stream().allMatch(c -> c.person().id().equals(p)
            || c.householdHead().map(p::equals).orElse(false))).findFirst();
    Optional<IsolationCase> latest = holder.flatMap(p -> cases.stream().filter(c -> c.person().id().equals(p))
        .max(Comparator.comparing(IsolationCase::createdAt).thenComparing(IsolationCase::id)));
    return new PhoneHolder(holder, latest, holder.isEmpty() && people.size() > 1);
  }

  /** The unit to file what happened under: the holder's case's commune, else {@code servedUnit}. */
  public JurisdictionPath unitOr(JurisdictionPath servedUnit) {
    return latestCase.map(IsolationCase::responsibleUnit).orElse(servedUnit);
  }
}
